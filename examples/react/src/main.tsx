// React 19 renders custom elements itself: objects go to properties (`article`), and
// `onquote-share` listens for the `quote-share` event. (React 18 and earlier: quote-cards/react.)
import 'quote-cards';
import article from 'quote-cards/examples/seed-article.id.json';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [shares, setShares] = useState<string[]>([]);
  return (
    <main>
      <quote-article article={article}>
        <quote-card quote-id={article.quotes[0].id} share="" onquote-share={(e) => setShares([...shares, e.detail.channel])} />
      </quote-article>
      <p id="shares">{shares.length} shared: {shares.join(', ')}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
