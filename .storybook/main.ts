import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // Nothing leaves the machine: no telemetry, no update checks.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false},
  docs: {defaultName: 'Docs'},
};

export default config;
