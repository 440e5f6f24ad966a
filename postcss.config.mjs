// Tailwind 4 is configured in app/globals.css; PostCSS only runs its plugin.
const config = { plugins: { '@tailwindcss/postcss': {} } };
export default config;
