// Serves the examples on http://localhost:8000/ (or $PORT). Bare imports such as
// '@sajja/core' resolve to the workspace packages' built dist/ files; nothing is fetched
// from any network.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: true,
  watch: false,
  middleware: [
    // The demo is the front page for now.
    function frontPage(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/amount-demo/');
        return undefined;
      }
      return next();
    },
  ],
};
