import {renderToString} from 'attune-widgets/ssr';

const markup = `
<attune-explainer topic="anxious-attachment"></attune-explainer>
<attune-symptom-checklist></attune-symptom-checklist>
<attune-therapy-cards therapies="cbt,eft"></attune-therapy-cards>
<attune-booking-cta href="/book"></attune-booking-cta>`;

// A server component: rendered at build time, so the widgets' text is in out/index.html.
export default async function Page() {
  const html = await renderToString(markup, {locale: 'en', baseUrl: 'https://calm-harbour.example/', region: 'US', stylesheets: '/attune/'});
  return (
    <main>
      <h1>Understanding anxious attachment</h1>
      <div dangerouslySetInnerHTML={{__html: html}} />
    </main>
  );
}
