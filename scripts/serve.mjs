// Serves the repository for the demo page of the built CDN file (npm run demo). PORT chooses the port.
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer('.', Number(process.env.PORT ?? 8000));
console.log(`quote-cards demo (the CDN file on a plain page): http://127.0.0.1:${server.address().port}/demo/`);
