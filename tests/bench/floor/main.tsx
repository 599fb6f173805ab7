/**
 * The bundle floor: react + react-dom + @tanstack/react-query + recharts alone, using the same recharts parts the
 * dashboard uses, and nothing else. Built the same way as the app, it is what the dashboard's first view is
 * measured against.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

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
    <>
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={data}>
          <CartesianGrid />
          <ReferenceArea x1="a" x2="b" />
          <XAxis dataKey="m" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Line dataKey="v" />
        </ComposedChart>
      </ResponsiveContainer>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} layout="vertical">
          <XAxis type="number" />
          <YAxis type="category" dataKey="m" />
          <ReferenceLine x={1} />
          <Bar dataKey="v">
            <LabelList dataKey="v" />
            {data.map((d) => (
              <Cell key={d.m} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={client}>
    <Charts />
  </QueryClientProvider>,
)
