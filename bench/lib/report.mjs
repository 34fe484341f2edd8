// The Markdown report of a run: the tables of bench/results/results.md, and the closing note.

const ms = (value) =>
  Number.isFinite(value) ? (value >= 100 ? `${Math.round(value).toLocaleString('en')} ms` : `${value.toFixed(1)} ms`) : '–';
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(2)} KB` : '–');
const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '–');
const range = (figure) => (figure?.runs > 1 ? ` (${ms(figure.min)}–${ms(figure.max)})` : '');
const timed = (figure) => `${ms(figure?.median)}${range(figure)}`;

function table(header, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, k) => (align?.[k] === 'l' ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function markdown(results) {
  const { meta } = results;
  const { machine } = meta;
  const out = [];
  out.push(`# quote-cards benchmarks${meta.quick ? ' (quick run: few runs, small sizes; not for quoting)' : ''}`);
  out.push('');
  out.push(
    `${meta.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ` +
      `Node ${machine.node}; ${machine.chromium ? `Chromium ${machine.chromium}` : 'no browser run'}` +
      `${meta.viewport ? `; viewport ${meta.viewport}` : ''}; load average ${machine.loadAverageBefore?.toFixed(2)} at the start, ${machine.loadAverageAfter?.toFixed(2)} at the end (other work on the machine skews every figure). Times are medians of the runs after the warm-up (range in brackets). ` +
      'Rerun: `npm run bench`; bench/README.md says what each figure means.',
  );

  if (results.rendering) {
    const { rows, perCard, goalRatioAt1000, sameDom } = results.rendering;
    out.push('', '## Rendering `<quote-card>` against a minimal Lit element', '');
    out.push(
      `One article, N cards inside one \`<quote-article>\` from dist/quote-cards.min.js; the baseline is bench/baseline/baseline.js ` +
        `(plain Lit, the same shadow DOM and stylesheets${sameDom ? ', checked' : ', **but its DOM differs: see failures**'}). ` +
        `Ratios are quote-cards / baseline: under 1 is faster. Goal: ≤ ${goalRatioAt1000}× at 1,000 cards.`,
    );
    out.push('');
    for (const [title, updated, painted] of [
      ["First render in a fresh page (cold: what a reader's page does)", 'coldUpdatedMs', 'coldPaintedMs'],
      ['Render after a warm-up (the same count rendered and removed once in the page)', 'updatedMs', 'paintedMs'],
    ]) {
      out.push(`**${title}**`, '');
      out.push(
        table(
          [
            'cards',
            'quote-cards: to updates complete',
            'to painted frame',
            'baseline: to updates complete',
            'to painted frame',
            'ratio: updates',
            'ratio: painted',
          ],
          rows.map((row) => [
            int(row.cards),
            ms(row.ours[updated].median) + range(row.ours[updated]),
            ms(row.ours[painted].median),
            ms(row.baseline[updated].median) + range(row.baseline[updated]),
            ms(row.baseline[painted].median),
            times(row.ratio[updated]),
            times(row.ratio[painted]),
          ]),
        ),
      );
      out.push('');
    }
    out.push(
      'Not in the comparison: each `<quote-card>` writes its JSON-LD (a `<script type="application/ld+json">` in its light DOM) ' +
        'after its first render, in a module it loads then; the baseline has none. Written, from the same start: ' +
        rows
          .map(
            (row) =>
              `${int(row.cards)} card${row.cards === 1 ? '' : 's'} ${ms(row.ours.coldJsonLdMs?.median)} in a fresh page, ${ms(row.ours.jsonLdMs?.median)} after a warm-up`,
          )
          .join('; ') +
        '.',
    );
    out.push('');
    out.push(
      table(
        ['`article` assigned anew', 'quote-cards: to updates complete', 'baseline: to updates complete', 'ratio'],
        rows.map((row) => [
          `${int(row.cards)} card${row.cards === 1 ? '' : 's'}`,
          ms(row.ours.assignUpdatedMs.median),
          ms(row.baseline.assignUpdatedMs.median),
          times(row.ratio.assignUpdatedMs),
        ]),
      ),
    );
    out.push('');
    out.push(
      table(
        [`per card (of ${int(perCard.ours.cards)})`, 'DOM nodes (elements)', 'JS heap'],
        [
          ['quote-cards', `${int(perCard.ours.nodes)} (${int(perCard.ours.elements)})`, kb(perCard.ours.heapBytes)],
          ['baseline', `${int(perCard.baseline.nodes)} (${int(perCard.baseline.elements)})`, kb(perCard.baseline.heapBytes)],
          ['ratio', times(perCard.ratio.nodes), times(perCard.ratio.heapBytes)],
        ],
        ['l'],
      ),
    );

    const { firstCard } = results.rendering;
    if (firstCard) {
      out.push('');
      out.push(
        `**First card painted, inline article, CDN file**: a fresh page (nothing cached) with the CDN file's script tag and one ` +
          `\`<quote-card>\` in a \`<quote-article>\` holding the seed article inline; from the start of navigation, the quote in the ` +
          `card's shadow root ${timed(firstCard.shownMs)}, the frame painted after it ${timed(firstCard.paintedMs)} ` +
          `(${int(firstCard.runs)} runs). Scripts fetched: ${firstCard.scripts.map((script) => `\`${script}\``).join(', ')}.`,
      );
    }
  }

  if (results.png) {
    const { rows, first, devicePixelRatio, cardWidth, pages, runs } = results.png;
    out.push('', '## PNG export: `card.toBlob({ format })`', '');
    out.push(
      `One \`<quote-card>\` of the seed article from dist/quote-cards.min.js, exported as a PNG (modern-screenshot, in the capture chunk ` +
        `loaded on the first call): the median of ${int(runs)} exports of each format in each of ${int(pages)} fresh page${pages === 1 ? '' : 's'}, after that first call. ` +
        `First call in a fresh page (no format; the chunk's loading included): ${ms(first.ms.median)}${range(first.ms)}.`,
    );
    out.push('');
    out.push(
      table(
        ['format', 'image', 'PNG', 'median time', 'range'],
        rows.map((row) => [
          row.format
            ? `\`${row.format}\``
            : `none: the card as on the page (${int(cardWidth)} px wide, devicePixelRatio ${devicePixelRatio})`,
          row.width ? `${int(row.width)}×${int(row.height)}` : '–',
          kb(row.bytes),
          ms(row.ms.median),
          row.ms.runs > 1 ? `${ms(row.ms.min)}–${ms(row.ms.max)}` : '–',
        ]),
        ['l'],
      ),
    );
  }

  if (results.timeline) {
    const { rows } = results.timeline;
    out.push('', '## Timeline: `<article-timeline>` against TimelineJS', '');
    out.push(
      `Generated live-blog events (date-time, title, description; every fifth with a quote and its speaker), the same events ` +
        `for both; from creating the timeline to the end of its first painted frame with events on screen. From 150 events ours renders ` +
        `only the events on screen (and a margin); from 500 it checks the events after that frame. A sample over its time limit is stopped ("> N s"), and larger sizes are ` +
        `not tried. The ratio is ours / TimelineJS: under 1 is faster.`,
    );
    out.push('');
    const cell = (row, validation) => {
      const dashes = validation ? ['–', '–', '–', '–', '–', '–'] : ['–', '–'];
      if (!row) return ['–', ...dashes];
      // Over its time limit: stopped, or not tried because a smaller size was already over its own.
      if (row.over) return [`> ${Math.round(row.timeoutMs / 1000)} s (${row.timedOut ? 'stopped' : row.skipped})`, ...dashes];
      if (row.skipped) return [row.skipped, ...dashes];
      if (!row.paintedMs?.runs) return ['failed (see failures)', ...dashes];
      return [
        ms(row.paintedMs.median) + range(row.paintedMs),
        ...(validation ? [ms(row.firstUpdateMs?.median)] : []),
        ms(row.updatedMs.median),
        ...(validation
          ? [ms(row.checkedMs?.median), row.longestTaskMs?.max ? ms(row.longestTaskMs.max) : 'none', ms(row.validateMs?.median)]
          : []),
        int(row.eventsInDom),
      ];
    };
    out.push(
      table(
        [
          'events',
          '`<article-timeline>`: first painted frame',
          'its first update',
          'its last update before that frame',
          'every event checked (from 500 events: after the first screen)',
          'longest task over 50 ms after the first frame (of all runs)',
          'validating the article (timed again apart)',
          'events in the DOM',
          'TimelineJS: first painted frame',
          'its `loaded` event',
          'events in the DOM',
          'ratio (painted)',
        ],
        rows.map((row) => [int(row.events), ...cell(row.ours, true), ...cell(row.timelinejs), times(row.ratio)]),
      ),
    );
  }

  if (results.scrolling) {
    const { rows, screens, pxPerFrame } = results.scrolling;
    out.push('', '## Scrolling `<article-timeline>`', '');
    out.push(
      `After the first render, the page scrolls ${screens} screens, ${pxPerFrame} px per requestAnimationFrame (60 Hz: a 16.7 ms budget per frame); the run with the median number of long frames.`,
    );
    out.push('');
    out.push(
      table(
        [
          'events',
          'frames',
          'frames over 16.7 ms',
          'dropped frames',
          'worst frame',
          '95th percentile',
          'frames per second',
          'events on screen at the end',
        ],
        rows.map((row) =>
          row.skipped
            ? [int(row.events), `not measured: ${row.skipped}`, '–', '–', '–', '–', '–', '–']
            : [
                int(row.events),
                int(row.frames),
                int(row.over16_7ms),
                int(row.dropped),
                ms(row.worstMs),
                ms(row.p95Ms),
                row.fps?.toFixed(1) ?? '–',
                row.eventsOnScreenAtEnd ? 'yes' : '**no**',
              ],
        ),
      ),
    );
  }

  if (results.live) {
    const { rows, firstFrame } = results.live;
    out.push('', '## A live blog receiving one event a second', '');
    out.push(
      'An `<article-timeline order="newest">` given a new article object with one event more every second (bench/pages/harness.js `liveUpdates`); ' +
        'the reader at the top (events arrive) or in the middle (they wait behind the "N new updates" button); ' +
        'and a control: the same settled timeline given no update for as long, for the frames the machine drops on its own. Goal: no frame over 16.7 ms, no task over 50 ms.',
    );
    out.push('');
    out.push(
      table(
        [
          'events',
          'seconds',
          'reader',
          'frames',
          'frames over 16.7 ms',
          'worst frame',
          '95th percentile',
          'tasks over 50 ms (longest)',
          'an update rendered',
          'an update, its events checked',
          'at the end',
        ],
        rows.map((row) =>
          row.skipped
            ? [int(row.events), int(row.seconds), row.reader, `not measured: ${row.skipped}`, '–', '–', '–', '–', '–', '–', '–']
            : [
                int(row.events),
                int(row.seconds),
                row.reader === 'control' ? 'control: at the top, no update' : row.reader,
                int(row.frames),
                int(row.over16_7ms),
                ms(row.worstMs),
                ms(row.p95Ms),
                row.tasksOver50ms ? `${int(row.tasksOver50ms)} (${ms(row.longestTaskMs)})` : 'none',
                timed(row.renderMs),
                timed(row.updateMs),
                row.reader === 'middle'
                  ? `button "${row.button}", the event read moved ${row.readerMovedPx ?? '?'} px`
                  : row.reader === 'control'
                    ? 'no update given'
                    : 'newest event shown',
              ],
        ),
      ),
    );
    const measured = rows.filter((row) => !row.skipped);
    out.push(
      '',
      'When each frame over 16.7 ms ended, after which update (its time from the assignment of the new article). ' +
        'Were they unrelated to the updates, about a tenth would end within 100 ms after one (the first tenth of each second):',
      '',
    );
    out.push(
      table(
        [
          'reader',
          'frames over 16.7 ms (of them, within 100 ms after an update)',
          'each frame over 16.7 ms',
          'long animation frames (over 50 ms)',
        ],
        measured.map((row) => [
          row.reader,
          row.reader === 'control' ? `${int(row.over16_7ms)} (no update)` : `${int(row.over16_7ms)} (${int(row.longFramesNearUpdates)})`,
          row.longFrames?.length
            ? row.longFrames
                .slice(0, 12)
                .map(
                  (long) =>
                    `${ms(long.ms)} ${long.update ? `${ms(long.sinceUpdateMs)} after update ${long.update}` : `at ${ms(long.atRunMs)}, no update before it`}`,
                )
                .concat(row.longFrames.length > 12 ? [`and ${row.longFrames.length - 12} more`] : [])
                .join('; ')
            : 'none',
          row.longAnimationFrames === null || row.longAnimationFrames === undefined
            ? 'not supported by the engine'
            : row.longAnimationFrames.length
              ? row.longAnimationFrames
                  .map(
                    (entry) =>
                      `${ms(entry.durationMs)} ${entry.update ? `${ms(entry.sinceUpdateMs)} after update ${entry.update}` : `at ${ms(entry.atRunMs)}`}` +
                      ` (${entry.scripts.map((script) => `${script.invoker} ${ms(script.durationMs)}`).join(', ') || 'no script'})`,
                  )
                  .join('; ')
              : 'none',
        ]),
      ),
    );
    out.push('', `First painted frame of ${int(firstFrame.events)} events (${firstFrame.runs} fresh pages each):`, '');
    out.push(
      table(
        ['page', 'first painted frame', 'events in the DOM'],
        [
          ["cold: the timeline's chunks fetched on first use", timed(firstFrame.cold.paintedMs), int(firstFrame.cold.eventsInDom)],
          [
            'cold, its chunks preloaded (`<link rel="modulepreload">`)',
            timed(firstFrame['cold, preloaded'].paintedMs),
            int(firstFrame['cold, preloaded'].eventsInDom),
          ],
          ...(firstFrame['cold, cdn/timeline.js in the page']
            ? [
                [
                  'cold, `<script type="module" src="…/cdn/timeline.js">` in the page',
                  timed(firstFrame['cold, cdn/timeline.js in the page'].paintedMs),
                  int(firstFrame['cold, cdn/timeline.js in the page'].eventsInDom),
                ],
              ]
            : []),
          ['warm: after a 100-event timeline rendered in the page', timed(firstFrame.warm.paintedMs), int(firstFrame.warm.eventsInDom)],
        ],
      ),
    );
  }

  if (results.node) {
    const { extract, ssr, ogImages, parallel, cli, serve } = results.node;
    const failed = (figure) => (figure?.error ? `failed: ${figure.error}` : undefined);
    out.push('', '## Node', '');
    out.push(
      table(
        ['what', 'figure'],
        [
          [
            'extractArticle on a generated article (bench/extract.bench.mjs)',
            extract.error
              ? `failed: ${extract.error}`
              : `${ms(extract.medianMs)} median for ${int(extract.words)} words (${int(extract.articlesPerSecond)} articles/s; first, cold call ${ms(extract.coldMs)}; goal < ${extract.goalMs} ms)`,
          ],
          [
            'server-rendered cards per second (`renderQuoteCard` of quote-cards/ssr, JSON-LD included; bench/server.mjs)',
            failed(ssr) ??
              `${int(ssr.cardsPerSecond)} cards/s (median ${ms(ssr.msPerCard)} a card over ${int(ssr.rounds)} rounds of the seed's quotes; ${kb(ssr.bytesPerCard)} of HTML a card)`,
          ],
          [
            "Open Graph images per second (1200×630 PNG, the CLI's renderer: one headless Chromium page reused)",
            failed(ogImages) ??
              `${ogImages.imagesPerSecond.toFixed(2)} images/s (median ${ms(ogImages.msPerImage)} an image; browser start ${ms(ogImages.browserStartMs)}, once per batch)`,
          ],
          [
            'Open Graph images per second in parallel pages of one browser (`quote-cards render --concurrency N`, warm pages)',
            failed(parallel) ??
              Object.entries(parallel ?? {})
                .map(([pages, rate]) => `${pages} page${pages === '1' ? '' : 's'}: ${rate.toFixed(2)}/s`)
                .join(', '),
          ],
          [
            '`quote-cards render` of an archive, the whole command (pages, embeds and images, Node and browser start included)',
            failed(cli) ??
              `${cli.seconds.toFixed(2)} s for ${int(cli.quotes)} quotes (${cli.imagesPerSecond.toFixed(2)} images/s); again, unchanged: ${int(cli.rerunImagesRendered)} images in ${cli.rerunSeconds.toFixed(2)} s`,
          ],
          [
            '`quote-cards serve` under load (autocannon, 127.0.0.1: pages, embeds, oEmbed, cached images)',
            failed(serve) ??
              `${int(serve.requests)} requests in ${serve.seconds} s over ${serve.connections} connections (${int(serve.requestsPerSecond)}/s, p99 ${serve.latencyP99Ms} ms): ` +
                `${serve.errors} errors, ${serve.timeouts} timeouts, ${serve.non2xx} non-2xx; server memory ${serve.rssMbBefore} MB before, ${serve.rssMbMax} MB at most, ${serve.rssMbAfter} MB after`,
          ],
        ],
        ['l', 'l'],
      ),
    );
  }

  if (results.size) {
    const { cdn, lazy, modules, reference } = results.size;
    out.push('', '## Size', '');
    out.push('gzip level 9 and brotli quality 11, as `npm run build` reports them.');
    out.push('');
    const row = (file, note) => [`\`${file.file}\``, kb(file.raw), kb(file.gzip), kb(file.brotli), note];
    out.push(
      table(
        ['file', 'raw', 'gzip', 'brotli', ''],
        [
          row(cdn, `the CDN file, Lit included; budget ${kb(cdn.budgetGzip)} gzip: ${cdn.withinBudget ? 'within' : '**over**'}`),
          ...lazy.map((file) => row(file, `${file.what}, loaded when a page uses it`)),
          ...modules.map((file) => row(file, 'npm module (lit left as an import)')),
          ...reference.map((file) => row(file, `for reference: ${file.what}`)),
        ],
        ['l', 'r', 'r', 'r', 'l'],
      ),
    );
  }

  out.push('', '## In short', '');
  out.push(closingNote(results));
  if (results.failures?.length) {
    out.push('', '## Failures', '', ...results.failures.map((failure) => `- ${failure}`));
  }
  return `${out.join('\n')}\n`;
}

function closingNote(results) {
  const notes = [];
  const last = results.rendering?.rows.at(-1);
  if (last) {
    notes.push(
      `${int(last.cards)} cards: ${times(last.ratio.coldPaintedMs)} the minimal Lit baseline to the first painted frame in a fresh page ` +
        `(${ms(last.ours.coldPaintedMs.median)} against ${ms(last.baseline.coldPaintedMs.median)}; to updates complete ${times(last.ratio.coldUpdatedMs)}), ` +
        `${times(last.ratio.paintedMs)} after a warm-up (${ms(last.ours.paintedMs.median)} against ${ms(last.baseline.paintedMs.median)}; to updates complete ${times(last.ratio.updatedMs)})` +
        `${last.cards >= 1000 ? `; goal ≤ ${results.rendering.goalRatioAt1000}×` : ''}.`,
    );
  }
  if (results.png) {
    const { rows, first } = results.png;
    notes.push(
      `PNG export: first call ${ms(first.ms.median)} (the capture chunk loading), then ${rows.map((row) => `${row.format ?? 'as on the page'} ${ms(row.ms.median)}`).join(', ')}.`,
    );
  }
  const rows = results.timeline?.rows ?? [];
  if (rows.length) {
    const side = (row) =>
      row?.paintedMs?.median != null
        ? ms(row.paintedMs.median)
        : row?.over
          ? `> ${Math.round(row.timeoutMs / 1000)} s`
          : (row?.skipped ?? '–');
    notes.push(
      `Timeline, to the first painted frame: ${rows.map((row) => `${int(row.events)} events ${side(row.ours)} (TimelineJS ${side(row.timelinejs)})`).join(', ')}.`,
    );
  }
  const scrolled = results.scrolling?.rows.filter((row) => !row.skipped) ?? [];
  if (scrolled.length) {
    notes.push(
      `Scrolling ${results.scrolling.screens} screens: ${scrolled.map((row) => `${int(row.events)} events ${int(row.over16_7ms)} of ${int(row.frames)} frames over 16.7 ms`).join(', ')}.`,
    );
  }
  const node = results.node;
  if (node?.ssr?.cardsPerSecond != null) {
    notes.push(
      `Server: ${int(node.ssr.cardsPerSecond)} server-rendered cards/s, ${node.ogImages?.imagesPerSecond?.toFixed(2) ?? '–'} Open Graph images/s in one page ` +
        `(${node.parallel && !node.parallel.error ? Math.max(...Object.values(node.parallel)).toFixed(2) : '–'}/s in parallel pages), ` +
        `\`quote-cards render\` of ${int(node.cli?.quotes)} quotes in ${node.cli?.seconds?.toFixed(2) ?? '–'} s.`,
    );
  }
  if (results.size) {
    const { cdn, lazy } = results.size;
    notes.push(
      `CDN file ${kb(cdn.gzip)} gzip (${kb(cdn.brotli)} brotli) of a ${kb(cdn.budgetGzip)} budget; loaded when used: ` +
        `${lazy.map((file) => `${file.what} ${kb(file.gzip)}`).join(', ')}.`,
    );
  }
  return notes.join(' ');
}
