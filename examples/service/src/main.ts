/**
 * Runs the service: `DATABASE_URL=sqlite:shop.db PORT=3000 node examples/service/dist/main.js`.
 */
import { createService } from './service';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('set DATABASE_URL (sqlite:shop.db, postgres://…, mariadb://…)');
  const service = await createService({ databaseUrl });
  const port = await service.listen(Number(process.env.PORT ?? 3000));
  console.log(`listening on http://127.0.0.1:${port}`);
  process.once('SIGTERM', () => {
    console.log('SIGTERM: draining requests, then closing the engine');
    service.stop().then(
      () => {
        console.log('stopped: requests drained, engine closed');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
