/**
 * Prints index.html's page shell (src/app/PageShell.tsx) as static markup. The page-shell plugin (vite.config.ts) runs
 * it for a build, in a process of its own.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { PageShell } from '../src/app/PageShell'

process.stdout.write(renderToStaticMarkup(<PageShell />))
