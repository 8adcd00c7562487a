/** The version of Attune, written into pre-rendered markup so the browser can tell it was made by this one (the package check keeps it equal to package.json's). */
export const VERSION = '0.1.0';
