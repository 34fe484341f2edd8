// Only <quote-card> (with <quote-article> and <speaker-badge>, which it uses), not the whole library.
import 'quote-cards/quote-card.js';
import article from 'quote-cards/examples/seed-article.id.json';

const provider = document.querySelector('quote-article')!; // typed QuoteArticle
provider.article = article;
document.querySelector('quote-card')!.quoteId = article.quotes[0].id;

const shares: string[] = [];
// Typed from GlobalEventHandlersEventMap: event is a QuoteShareEvent, event.detail.channel a ShareChannel.
document.addEventListener('quote-share', (event) => {
  shares.push(event.detail.channel);
  document.querySelector('#shares')!.textContent = `${shares.length} shared: ${shares.join(', ')}`;
});
