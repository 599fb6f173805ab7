/**
 * The bundle floor the spec names: react + react-dom + @tanstack/react-query + recharts alone (a line chart with a
 * band, grid, axes and tooltip), and nothing else. Built the same way as the app, it is what the dashboard's first
 * view is measured against (the dashboard draws its charts with the same Recharts).
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

const client = new QueryClient()

function Charts() {
  const { data = [] } = useQuery({
    queryKey: ['x'],
    queryFn: async () => [
      { m: 'a', v: 1 },
      { m: 'b', v: 2 },
    ],
  })
  return (
    <ResponsiveContainer width="100%" height={200}>
      <ComposedChart data={data}>
        <CartesianGrid />
        <ReferenceArea x1="a" x2="b" />
        <XAxis dataKey="m" />
        <YAxis />
        <Tooltip />
        <Line dataKey="v" />
      </ComposedChart>
    </ResponsiveContainer>
  )
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={client}>
    <Charts />
  </QueryClientProvider>,
)
