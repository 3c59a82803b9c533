// The one Rollup configuration every package builds with: `rollup -c ../../rollup.config.mjs`
// run from a package folder. It reads that package's package.json and builds
//   1. the npm library: ES modules in dist/ with .d.ts, dependencies left as imports, one per
//      entry point of the package's `exports` (the one list of them; see entryPointsOf), or one
//      per source module for a package free of side effects;
//   2. where listed below, minified bundles (standalone, or the package's own code alone), their
//      gzip sizes printed on every build and held to budgets (the build fails over one).
import { readFileSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLitTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Minified bundles per package, each printed with its gzip size on every build:
 * - `inline: true` inlines every dependency (a file a page can load on its own);
 * - `inline: false` leaves dependencies as imports, measuring the package's own code.
 * `file` is the entry; chunks it loads by `import()` are written beside it, as
 * `<entry name>-<name>-<hash>.js`. Budgets are gzip KiB of what a browser downloads, the build
 * failing over one. `budgetKiB` is for what a page loads at once (the entry and every chunk it
 * imports statically, at any depth); when the entry loads chunks by `import()` that `lazy` does
 * not name (an autoloader's widgets), it is for each page with one of them: what the entry
 * loads at once, that chunk and what it imports statically. `lazyBudgetKiB` is for everything
 * a page with every widget loads (every chunk reachable by `import()` too); over it, the build
 * says so and fails only past `lazyBudgetCeilingKiB` when that is set (a known, reported gap).
 * `sharedChunk` gathers what a bundle's parts share into one chunk (see sharedChunk). `lazy`
 * names code a page must download only when it needs it: the build fails when any of its
 * modules is in what the entry, or a page with one widget, loads at once, and the chunk holding
 * it is named after it. `lazyBudgetsKiB` holds, among those, the chunks a widget loads by
 * `import()` when it first needs them to budgets of their own, each with the chunks it imports
 * statically that the entry does not; they stay in the page's total. `onDemand` names, among those, the chunks only a rarely used
 * feature loads (never a widget on its own): they are left out of the page's total and held to
 * budgets of their own. `apartKiB` names, among those, widgets only pages of their own show
 * (the committee's): their chunks and what they load beyond the entry's files are left out of
 * the every-widget total and held, with what a page loads at once, to a budget of their own.
 *
 * The core's budgets are not here: they are checked as users bundle it, by size-limit with
 * esbuild over the built library (`packages/core/.size-limit.json`, in the core's tests). Its
 * standalone file, everything with decimal.js inlined, has its size printed. `standalone` names
 * the export whose bundle re-exports every entry point (its module and its types are written
 * from the entry points).
 *
 * A package's list is a function of its entry points (`{ loans: 'src/loans/index.ts', … }`).
 */
const minifiedBundles = {
  '@sajja/core': () => [{ standalone: './standalone', inline: true }],
  // The one-script-tag bundle partner sites load, in a folder of its own that they host whole:
  // its entry is an autoloader that loads each widget's chunk (with Lit and the core's code it
  // needs) when the page shows the widget, the store (with Dexie) in a chunk the widgets load
  // by import() when they first store something. The budgets are the store issue's, for a page
  // with only a loan calculator (held for every page with one widget) and one with every
  // widget; docs/guides/development.md has the figures.
  '@sajja/widgets': () => [
    {
      input: 'src/autoloader.ts',
      file: 'dist/cdn/sajja-widgets.js',
      inline: true,
      litTemplates: true,
      budgetKiB: 60,
      lazyBudgetKiB: 110,
      // Over by 8.2 KiB without the plugins, with the core's error sentences beside their
      // domains already: the build says so on every run and fails past the ceiling (the
      // measured sum rounded up to half a KiB), so nothing adds to the gap. What is left is
      // listed in docs/guides/development.md. The ceiling rose from 118.5 once, with issue 21:
      // the PromptPay QR widget, a widget of its own (its chunk and its payload and encoder
      // chunks, held to 8 KiB below: 10.5 KiB), the deposit form's "paid by" choice (1.5),
      // the household ledger's and the balance card's lists of payments with the groups (0.8
      // and 0.5) and the store's payment rules (0.3); then issue 17's edges (graphemes, the
      // closed-database error of live queries, the ledger's long-range balance: 0.7), and
      // issue 17's "a deposit is household saving" (the store's deposit–ledger link and its two
      // refusals' Thai and English sentences, the ledger's deposit marker: 0.5), and issue 17's
      // "one language at a time" (Thai digits through every sentence and message, the ledger's
      // own CSV file button and its "no file chosen": 0.2 measured, 0.1 over the old ceiling), and
      // its heading levels (`heading-level` and `no-heading` on the balance card, their base
      // class and the <h2>…<h6> helper, in the card's chunk: 0.4), and issue 17's Thai wording
      // (the ledger's utilities and cuttable categories, BE dates in Thai sentences: 0.3 measured,
      // after the ledger's reversal step moved to a chunk of its own, loaded on demand), and
      // `heading-level` / `no-heading` on the household ledger too (the helper in the shared
      // chunk, and the ledger's chart and group payments in a chunk of their own loaded beside
      // the store, so its page keeps its 60 KiB: 0.7), and issue 20's loan conventions (the
      // core's schedule code and its by-laws for them, 4.0; the calculator's "more options",
      // 1.8; the core's loan code in a chunk of its own beside the calculator and the store,
      // no longer in the shared chunk every page loads, 0.9), and the repayments of those
      // conventions (deferred interest followed back and brought forward, tranches still to be
      // paid out, the actual-days solve from the last period back: 0.5), and their speed
      // (today's schedules as fast as before them, the slowest combination over 2,000 a
      // second: 0.4), and issue 18's audit trail in the store's write path (the core's hash
      // chain and SHA-256, every record an organisation writes chained in its transaction:
      // 2.7, its one refusal's sentences apart from the books' so that the journal's stay out),
      // and issue 18's committee widgets, whose own code is out of this total (`apartKiB`):
      // their tags in the autoloader's map, which every page loads, the deposit form's amount
      // check exported from its chunk to the meeting's (0.13) and the store's all-or-nothing
      // `fundTransactions.addAll` (0.1); then
      // what the committee's views need in the store's write path and beside it: the sums each
      // write keeps in step (members' running totals, each loan's split repayments, the
      // journal's money by month: 2.7, the price of a 150 ms roster and a 300 ms report over
      // ten years, since a household's deposit is a group's record too), the core's
      // largest-remainder split that the share-out's year-end code uses (0.6, in the shared
      // chunk because the core's index re-exports it) and the split of the store along the
      // committee's views (0.3); then issue 19's sync: the <sajja-sync-status> widget's chunk
      // (2.2) and, in the store's chunk, the sync controller, the HLC stamps of the editable
      // parts' writes and the count of writes waiting (1.7), the sync engine itself loaded on
      // demand ('store-sync' below): 153.4 measured; 153.8 with main's and the server's
      // changes to the store merged (its checks Dexie-free, fundTransactions.reverseAll).
      lazyBudgetCeilingKiB: 154,
      lazy: {
        // The store's backups and file imports (its transfer.ts, which the store's library
        // build writes as dist/transfer.js, one file per module), loaded by import() inside the
        // store methods that make or read them; the chunk holding it holds what only it uses.
        // Before `store`: a chunk is named after the first match.
        'store-transfer': [
          /[\\/]packages[\\/]store[\\/]dist[\\/]transfer\.js$/,
          // Since issue 19 the backup import is shared with the sync engine (pulled records
          // go in the way a backup's do): the chunk both load holds it, on demand too.
          /[\\/]packages[\\/]store[\\/]dist[\\/](?:backup|importing|audit-import|backup-file)\.js$/,
        ],
        // The store's sync engine (issue 19: push, pull, merges), loaded by import() on a sync
        // controller's first sync, never by a widget on its own.
        'store-sync': [
          /[\\/]packages[\\/]store[\\/]dist[\\/]sync-(?:run|apply|push|problems)\.js$/,
        ],
        // The committee's widgets (the monthly meeting, its report, the share-out), which only a
        // committee's page shows: see `apartKiB`.
        committee: [
          /[\\/]widgets[\\/]src[\\/](?:meeting|meeting-report|share-out)[\\/]/,
          /[\\/]widgets[\\/]src[\\/]shared[\\/]committee-views\.ts$/,
        ],
        // The store, with Dexie, and the widgets' pick of it (shared/store-module.ts), which
        // they load by import() when they first store something.
        store: [
          /[\\/]packages[\\/]store[\\/]/,
          /[\\/]node_modules[\\/]dexie[\\/]/,
          /[\\/]widgets[\\/]src[\\/]shared[\\/]store-module\.ts$/,
        ],
        // The household ledger's CSV export and import, loaded by import() on its first use.
        'ledger-csv-transfer': [/[\\/]household-ledger[\\/]ledger-csv-transfer\.ts$/],
        // The ledger's month chart and group payments, which it loads by import() beside the
        // store (it shows them only with the month's records, which need the store).
        'ledger-month-extras': [
          /[\\/]household-ledger[\\/](?:ledger-month-extras|ledger-chart|group-payments)\.ts$/,
        ],
        // The ledger's confirm step of a reversal, loaded by import() on the first "reverse".
        'ledger-reversal-confirm': [/[\\/]household-ledger[\\/]ledger-reversal-confirm\.ts$/],
        // What the store itself loads on first use: Dexie's export format, for backups.
        'dexie-export-import': [/[\\/]node_modules[\\/]dexie-export-import[\\/]/],
        // The core's checks of an organisation's sub-funds and profit split, which the store
        // loads by import() only when an organisation with those rules is written.
        'store-books-rules': [/[\\/]packages[\\/]core[\\/]dist[\\/]books[\\/]/],
        'store-profit-rules': [/[\\/]packages[\\/]core[\\/]dist[\\/]year-end[\\/]/],
        // What <sajja-promptpay-qr> loads by import() when it first draws a code: the QR
        // encoder and the payload code, through qr-drawing.ts. Before `promptpay`.
        'promptpay-qr-drawing': [
          /[\\/]widgets[\\/]src[\\/]promptpay-qr[\\/]qr-drawing\.ts$/,
          /[\\/]node_modules[\\/]uqr[\\/]/,
        ],
        // The core's PromptPay code that the store (checking a group's PromptPay account) and
        // the QR's drawing share: a chunk both import, so neither loads the other.
        promptpay: [/[\\/]packages[\\/]core[\\/]dist[\\/]promptpay[\\/]/],
      },
      // Issue 21's budget for the payload and the encoder, which every page showing a QR loads:
      // the drawing chunk and the chunks it imports beyond the page's at-once files.
      lazyBudgetsKiB: { 'promptpay-qr-drawing': 8 },
      // Loaded only when someone uses what it is for, never by a widget on its own: outside
      // the page's total, with a budget of its own each.
      onDemand: {
        'store-transfer': 10,
        'store-sync': 6,
        'dexie-export-import': 20,
        'ledger-csv-transfer': 2,
        'ledger-reversal-confirm': 2,
        // The core's books: the store's check of sub-funds, and since issue 18 the meeting
        // report's books code beside it, which Rollup keeps in the one chunk both load.
        'store-books-rules': 9,
        // The core's year-end code: the store's check of a profit split (0.4 KiB) and, since
        // issue 18, what <sajja-share-out> imports beside it (allocateProfit and shareOut),
        // which Rollup keeps in the one chunk both load: 3.2 KiB.
        'store-profit-rules': 4,
      },
      // Widgets that only pages of their own show, never a household's: their chunks (named
      // in `lazy`) and what those load stay out of the every-widget total, and are held,
      // with what a page loads at once, to a budget of their own. The committee's screens
      // (issue 18): the meeting, its report, the share-out, and the store's group views. A
      // committee's page loads the store at once (136.5 KiB with the meeting alone; 160.1 with
      // the three, their store views, the core's report and year-end code; 161.0 since the
      // meeting lists each member's transfers of the month, issue 21: the issue sets no budget
      // for it, this one keeps it from growing unnoticed).
      // Issue 19 added the store's sync controller and HLC stamps to the store's chunk (1.3):
      // 163.3 measured.
      apartKiB: { committee: 163.5 },
      // Lit, decimal.js, the core and the widgets' shared code in one chunk beside the entry,
      // rather than the dozen small ones Rollup would cut along who imports what: each file is
      // compressed on its own, and small ones compress worse. Each widget's own folder stays
      // a chunk of its own, and so does the form association (shared/form-association.ts)
      // while only the deposit form is form-associated: in the shared chunk every page, the
      // ledger's at its 60 KiB too, would download it. The core's loan code stays out too: only
      // the loan calculator and the store use it, and in the shared chunk it put the ledger's
      // page past its 60 KiB.
      sharedChunk: {
        name: 'shared',
        apart:
          /[\\/]widgets[\\/]src[\\/](?:(?!shared[\\/]|autoloader)[^\\/]+[\\/]|shared[\\/]form-association\.ts$)|[\\/]packages[\\/]core[\\/]dist[\\/]loans[\\/]/,
        // Chunks that hold a module of the shared folder beside a widget's own: the amount
        // check of the deposit form, which the committee's meeting shares. In the shared
        // chunk every page would load it at once; in a chunk of its own it would be a file
        // more on a household's page. (The meeting imports it from the deposit form's chunk,
        // which defines <sajja-deposit-form> on a committee's page too.)
        together: {
          'deposit-form':
            /[\\/]widgets[\\/]src[\\/](?:deposit-form[\\/]|shared[\\/]payment-amount)/,
        },
      },
    },
  ],
};

const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));
const entryPoints = entryPointsOf(pkg);
// Start from an empty dist/, so chunks and types of removed files never linger in a release.
rmSync(resolve(packageDir, 'dist'), { recursive: true, force: true });
const dependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
const isDependency = (id) =>
  id.startsWith('node:') || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * Prints the minified and gzip sizes of each chunk a bundle writes and, when it writes several,
 * what a page downloads: at once (the entry and the chunks it imports statically, at any depth);
 * for each chunk the entry loads by `import()` that `lazy` does not name (a widget, for the
 * autoloader), a page with only that one (what loads at once, that chunk and its static
 * imports); and in all (with every chunk reachable by `import()`, `onDemand` ones aside). Fails
 * the build over a budget, and when a module of `lazy` is in what a page loads at once or with
 * one widget.
 */
function sizeReport({
  budgetKiB,
  lazyBudgetKiB,
  lazyBudgetCeilingKiB,
  lazy = {},
  lazyBudgetsKiB = {},
  onDemand = {},
  apartKiB = {},
}) {
  return {
    name: 'sajja-size-budget',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const gzip = new Map(
        chunks.map((chunk) => [chunk.fileName, gzipSync(chunk.code, { level: 9 }).length]),
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      const lazyName = (file) =>
        Object.keys(lazy).find((name) =>
          Object.keys(bundle[file].modules).some((id) => lazy[name].some((re) => re.test(id))),
        );
      const onDemandName = (file) => {
        const name = lazyName(file);
        return name in onDemand ? name : undefined;
      };
      const apartName = (file) => {
        const name = lazyName(file);
        return name in apartKiB ? name : undefined;
      };
      const atOnce = reachable(bundle, entry.fileName, ['imports']);
      const inAll = reachable(bundle, entry.fileName, ['imports', 'dynamicImports'], (file) =>
        Boolean(onDemandName(file) || apartName(file)),
      );
      // What the entry loads by import() on its own account, lazy code aside: the widgets.
      const parts = [...new Set(atOnce.flatMap((file) => bundle[file].dynamicImports))].filter(
        (file) => bundle[file]?.type === 'chunk' && !lazyName(file),
      );
      const pages = parts.map((part) => ({
        name: bundle[part].name,
        files: [...new Set([...atOnce, ...reachable(bundle, part, ['imports'])])],
      }));
      const total = (files) => files.reduce((sum, file) => sum + gzip.get(file), 0);
      const line = (label, bytes, note) =>
        `${pkg.name} ${label} ${kib(bytes)} KiB gzip (${bytes.toLocaleString('en')} bytes; ${note})`;
      const over = [];
      const hold = (label, bytes, budget, ceiling = budget) => {
        let note = budget ? `budget ${budget} KiB gzip` : 'no budget';
        if (budget && bytes > budget * 1024) {
          note += `, OVER by ${(bytes - budget * 1024).toLocaleString('en')} bytes`;
          if (ceiling > budget) note += `; the build fails past ${ceiling} KiB`;
        }
        const text = line(label, bytes, note);
        if (budget && bytes > ceiling * 1024) over.push(text);
        console.log(`size: ${text}`);
      };
      const minified = (chunk) =>
        `${chunk.fileName}: ${kib(Buffer.byteLength(chunk.code))} KiB minified,`;

      if (chunks.length === 1) {
        hold(minified(entry), gzip.get(entry.fileName), budgetKiB);
      } else {
        for (const chunk of chunks) {
          const loaded = atOnce.includes(chunk.fileName) ? 'loaded at once' : 'loaded by import()';
          console.log(`size: ${line(minified(chunk), gzip.get(chunk.fileName), loaded)}`);
        }
        hold(`at once (${atOnce.join(' + ')}):`, total(atOnce), pages.length ? 0 : budgetKiB);
        for (const page of pages) {
          hold(
            `a page with only ${page.name} (${page.files.join(' + ')}):`,
            total(page.files),
            budgetKiB,
          );
        }
        hold(
          `every widget (${inAll.join(' + ')}):`,
          total(inAll),
          lazyBudgetKiB,
          lazyBudgetCeilingKiB,
        );
        for (const [name, budget] of Object.entries(apartKiB)) {
          const own = chunks.map((c) => c.fileName).filter((file) => apartName(file) === name);
          if (own.length === 0) this.error(`no chunk holds ${name}, which has a budget`);
          const files = [
            ...new Set([
              ...atOnce,
              // Not through the files loaded at once, whose import()s are the household's.
              ...own.flatMap((file) =>
                reachable(
                  bundle,
                  file,
                  ['imports', 'dynamicImports'],
                  (next) => Boolean(onDemandName(next)) || atOnce.includes(next),
                ),
              ),
            ]),
          ];
          hold(
            `${name} widgets, a page with all of them (${files.join(' + ')}):`,
            total(files),
            budget,
          );
        }
        for (const chunk of chunks) {
          const name = onDemandName(chunk.fileName);
          if (name)
            hold(`on demand (${chunk.fileName}):`, gzip.get(chunk.fileName), onDemand[name]);
        }
        for (const [name, budget] of Object.entries(lazyBudgetsKiB)) {
          const named = chunks.map((c) => c.fileName).filter((file) => lazyName(file) === name);
          if (named.length === 0) this.error(`no chunk holds ${name}, which has a budget`);
          const files = [
            ...new Set(named.flatMap((file) => reachable(bundle, file, ['imports']))),
          ].filter((file) => !atOnce.includes(file));
          hold(`${name} by import() (${files.join(' + ')}):`, total(files), budget);
        }
      }

      for (const [name, patterns] of Object.entries(lazy)) {
        for (const { label, files } of [
          { label: 'the entry loads it at once', files: atOnce },
          ...pages.map((page) => ({
            label: `a page with only ${page.name} loads it at once`,
            files: page.files,
          })),
        ]) {
          const early = files.flatMap((file) =>
            Object.keys(bundle[file].modules).filter((id) => patterns.some((re) => re.test(id))),
          );
          if (early.length > 0) {
            this.error(
              `${name} must load only by import(), but ${label}: ` +
                early.slice(0, 5).join(', ') +
                (early.length > 5 ? ` and ${early.length - 5} more` : ''),
            );
          }
        }
      }
      for (const name of Object.keys(lazy)) {
        console.log(
          `size: ${pkg.name} ${name} loads only by import(): in neither the entry's files nor ` +
            `those of a page with one widget (${pages.length} checked)`,
        );
      }
      const importsEntry = chunks.find(
        (chunk) =>
          chunk.imports.includes(entry.fileName) || chunk.dynamicImports.includes(entry.fileName),
      );
      if (importsEntry) {
        this.error(`${importsEntry.fileName} imports the entry: chunks must share code in chunks`);
      }
      if (over.length > 0) this.error(`size budget exceeded: ${over.join('; ')}`);
    },
  };
}

/**
 * The chunks `from` loads, itself included, following its `kinds` of imports at any depth, and
 * not into a chunk `skip` names.
 */
function reachable(bundle, from, kinds, skip = () => false) {
  const found = [];
  const visit = (file) => {
    // Imports left outside the bundle (dependencies of an `inline: false` bundle) are not in it.
    if (found.includes(file) || bundle[file]?.type !== 'chunk' || skip(file)) return;
    found.push(file);
    for (const kind of kinds) for (const next of bundle[file][kind]) visit(next);
  };
  visit(from);
  return found;
}
const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * A package's entry points, from its package.json `exports`, where they are listed once: an
 * export whose `import` is `./dist/<name>.js`, or the `.js` beside its `types` (one file per
 * module), is the library's entry `<name>`, built from the source of its `types`
 * (`".": { types: "./dist/index.d.ts", import: "./dist/index.js" }` is `index` from
 * `src/index.ts`; the core's `"./loans"` with `./dist/loans/index.d.ts` and
 * `./dist/loans/index.js` is `loans` from `src/loans/index.ts`; a widget's `"./baht-text.js"`
 * is `baht-text`). Other exports are not entry points of the library: `./package.json`, and
 * bundles written below (the core's `./standalone`, the widgets' `./sajja-widgets.js`). A
 * package without `exports` has the one entry `src/index.ts`.
 */
function entryPointsOf({ name, exports }) {
  const entries = {};
  for (const [key, target] of Object.entries(exports ?? {})) {
    if (typeof target !== 'object' || target === null) continue;
    const entry = key === '.' ? 'index' : key.replace(/^\.\//, '').replace(/\.js$/, '');
    const besideTypes = String(target.types).replace(/\.d\.ts$/, '.js');
    if (target.import !== `./dist/${entry}.js` && target.import !== besideTypes) continue;
    if (typeof target.types !== 'string' || !/^\.\/dist\/.+\.d\.ts$/.test(target.types)) {
      throw new Error(`${name}: the export "${key}" needs types in ./dist/ (./dist/….d.ts)`);
    }
    entries[entry] = target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts');
  }
  return Object.keys(entries).length > 0 ? entries : { index: 'src/index.ts' };
}

/** The module id of a standalone bundle's entry: every entry point re-exported. */
const STANDALONE_ID = '\0sajja-standalone';

/**
 * What a standalone bundle is: a module that re-exports every entry point, loaded as its input,
 * and, in the library build, its types, written to the file its export names (the core's
 * `dist/standalone.d.ts`) so that they, too, follow the entry points.
 */
function standaloneModule(entries) {
  return {
    name: 'sajja-standalone',
    resolveId: (id) => (id === STANDALONE_ID ? id : null),
    load: (id) =>
      id === STANDALONE_ID
        ? Object.values(entries)
            .map((source) => `export * from ${JSON.stringify(resolve(packageDir, source))};`)
            .join('\n')
        : null,
  };
}

function standaloneTypes(entries, exportKey) {
  const types = pkg.exports[exportKey].types.replace(/^\.\/dist\//, '');
  const modules = Object.values(entries).map(
    (source) => `./${source.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
  );
  const text = [
    '/**',
    ` * Everything in ${pkg.name} and its other entry points in one module, for the standalone`,
    ' * bundle that a page can load without a bundler (dependencies inlined). Written by the',
    ' * build from the package.json `exports`; every name here is documented where its entry',
    ' * point exports it.',
    ' */',
    ...modules.map((module) => `export * from '${module}';`),
    '',
  ].join('\n');
  return {
    name: 'sajja-standalone-types',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: types, source: text });
    },
  };
}

const bundles = (minifiedBundles[pkg.name] ?? (() => []))(entryPoints);
const standaloneExports = bundles.filter((bundle) => bundle.standalone);

// A package free of side effects is built one file per source module, each named after its
// source (the core's entry `loans` is `dist/loans/index.js`, as its exports say): a user's
// bundler then leaves out every module an import does not reach, where a shared chunk would
// bring all the modules merged into it.
const oneFilePerModule = pkg.sideEffects === false;
const library = {
  input: oneFilePerModule ? Object.values(entryPoints) : entryPoints,
  external: isDependency,
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    ...(oneFilePerModule
      ? { preserveModules: true, preserveModulesRoot: 'src' }
      : { chunkFileNames: 'chunks/[name]-[hash].js' }),
    entryFileNames: '[name].js',
  },
  plugins: [
    typescript({
      tsconfig: 'tsconfig.build.json',
      compilerOptions: { outDir: 'dist', declaration: true, declarationDir: 'dist' },
    }),
    ...standaloneExports.map(({ standalone }) => standaloneTypes(entryPoints, standalone)),
  ],
};

/**
 * Dexie's `import` entry wraps its UMD build (so that two copies share one Dexie), which a
 * bundler cannot read as ES exports; an inlined bundle holds one copy anyway, so take Dexie's
 * own ES module instead.
 */
const dexieEsm = {
  name: 'sajja-dexie-esm',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('/dexie/import-wrapper.mjs')) return null;
    return "export * from './dist/dexie.mjs';\nexport { default } from './dist/dexie.mjs';\n";
  },
};

/** A chunk's file name: the entry's, then what `lazy` calls the code it holds, or Rollup's name. */
function chunkFileNames(file, lazy = {}) {
  const stem = basename(file, '.js');
  return (chunk) => {
    const [name] =
      Object.entries(lazy).find(([, patterns]) =>
        chunk.moduleIds.some((id) => patterns.some((re) => re.test(id))),
      ) ?? [];
    return `${stem}-${name ?? '[name]'}-[hash].js`;
  };
}

/**
 * A `manualChunks` that puts into the chunk `name` every module of the bundle except those
 * `apart` names, `lazy` code, and what only lazy code imports (so the store's own use of the
 * core stays with the store); Rollup places those as it would. A module `together` names goes
 * into the chunk it is named for instead (a shared module kept with the widget that uses it).
 */
function sharedChunk({ name, apart, together = {} }, lazyPatterns) {
  const isLazy = (id) => lazyPatterns.some((re) => re.test(id));
  const onlyLazy = new Map();
  const usedOnlyByLazy = (id, getModuleInfo) => {
    if (onlyLazy.has(id)) return onlyLazy.get(id);
    onlyLazy.set(id, true); // an import cycle does not make a module shared on its own
    const info = getModuleInfo(id);
    const importers = [...info.importers, ...info.dynamicImporters];
    const result =
      importers.length > 0 &&
      importers.every((importer) => isLazy(importer) || usedOnlyByLazy(importer, getModuleInfo));
    onlyLazy.set(id, result);
    return result;
  };
  return (id, { getModuleInfo }) => {
    const [chunk] = Object.entries(together).find(([, re]) => re.test(id)) ?? [];
    if (chunk) return chunk;
    if (apart.test(id) || isLazy(id) || usedOnlyByLazy(id, getModuleInfo)) return undefined;
    return name;
  };
}

const minified = bundles.map(
  ({ standalone, input, file, inline, litTemplates, sharedChunk: shared, ...limits }) => {
    // A standalone bundle's input is every entry point; its file is what its export imports.
    if (standalone) {
      input = STANDALONE_ID;
      file = pkg.exports[standalone].import.replace(/^\.\//, '');
    }
    return {
      input,
      external: inline ? [] : isDependency,
      // The entry exports only its own API, re-exporting from a chunk what the other chunks share
      // with it. So no chunk imports the entry: a page that loads it with a query (`?ver=2`, as
      // WordPress adds) would otherwise get a second copy of it, with classes of its own.
      preserveEntrySignatures: 'strict',
      output: {
        dir: dirname(file),
        entryFileNames: basename(file),
        chunkFileNames: chunkFileNames(file, limits.lazy),
        ...(shared
          ? { manualChunks: sharedChunk(shared, Object.values(limits.lazy ?? {}).flat()) }
          : {}),
        format: 'es',
        sourcemap: true,
      },
      plugins: [
        ...(standalone ? [standaloneModule(entryPoints)] : []),
        ...(inline ? [nodeResolve({ browser: true }), dexieEsm] : []),
        typescript({
          tsconfig: 'tsconfig.build.json',
          // Inside the output folder, as the plugin requires; nothing is emitted there.
          compilerOptions: { outDir: dirname(file), declaration: false, declarationMap: false },
        }),
        // Lit's html and css templates minified (the widgets' own only); whitespace between
        // words and tags is kept as one space, so no text runs together.
        ...(litTemplates
          ? [
              minifyLitTemplates({
                filter: (id) => /[\\/]widgets[\\/]src[\\/]/.test(id),
                failOnError: true,
                options: { minifyOptions: { conservativeCollapse: true } },
              }),
            ]
          : []),
        terser({
          ecma: 2020,
          module: true,
          toplevel: true,
          compress: { passes: 2 },
          format: { comments: false },
        }),
        sizeReport(limits),
      ],
    };
  },
);

export default [library, ...minified];
