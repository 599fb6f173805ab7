/**
 * The build refuses VITE_ variables that are misspelt or malformed (vite.config.ts): they end up in the bundle, and
 * a typo would otherwise ship silently (a misspelt name is simply unset) or fail in front of users.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { knownViteVariables, viteEnvProblems } from '../../vite.config'

describe('the VITE_ variables', () => {
  it('are those .env.example documents', () => {
    expect(knownViteVariables()).toEqual(
      expect.arrayContaining([
        'VITE_API_MOCKING',
        'VITE_API_BASE_URL',
        'VITE_API_TIMEOUT_MS',
        'VITE_LOGIN_URL',
        'VITE_ISSUING_UNIT',
      ]),
    )
  })

  it('accept what the README and .env.example describe', () => {
    const envs: Record<string, string>[] = [
      {},
      { VITE_API_MOCKING: 'true', VITE_API_BASE_URL: '', VITE_API_TIMEOUT_MS: '', VITE_LOGIN_URL: '' },
      { VITE_API_MOCKING: 'false', VITE_API_BASE_URL: 'https://jyfb-api.example.gov.cn', VITE_API_TIMEOUT_MS: '15000' },
      { VITE_API_BASE_URL: 'http://127.0.0.1:8787/', VITE_LOGIN_URL: 'https://sso.example.gov.cn/login?app=jyfb' },
      { VITE_API_BASE_URL: '/backend', VITE_LOGIN_URL: '/login' },
      { VITE_API_BASE_URL: 'https://gateway.example.gov.cn/jyfb' },
    ]
    for (const env of envs) {
      expect(viteEnvProblems(env), JSON.stringify(env)).toEqual([])
    }
  })

  it('refuse a malformed base URL, each with the reason', () => {
    const cases: [string, RegExp][] = [
      ['localhost:8787', /is not an http\(s\) URL/],
      ['htp://backend.example', /is not an http\(s\) URL/],
      ['https://', /is not (a|an http\(s\)) URL/],
      ['//backend.example', /has no scheme/],
      ['https://backend.example /x', /white space/],
      ['https://user:secret@backend.example', /user name or password/],
      ['https://backend.example?x=1', /query or fragment/],
      ['https://backend.example/api/v1', /ends with \/api\/v1/],
      ['https://backend.example/api/v1/', /ends with \/api\/v1/],
    ]
    for (const [value, reason] of cases) {
      const problems = viteEnvProblems({ VITE_API_BASE_URL: value })
      expect(problems, value).toHaveLength(1)
      expect(problems[0], value).toMatch(/^VITE_API_BASE_URL /)
      expect(problems[0], value).toMatch(reason)
    }
    expect(viteEnvProblems({ VITE_LOGIN_URL: 'javascript:alert(1)' })[0]).toMatch(/^VITE_LOGIN_URL .* not an http/)
  })

  it('refuse a timeout that is not a positive number of milliseconds, and mocking that is not true or false', () => {
    for (const value of ['15s', '-1', '0', '1.5', 'abc', '1e4']) {
      expect(viteEnvProblems({ VITE_API_TIMEOUT_MS: value }), value).toEqual([
        `VITE_API_TIMEOUT_MS must be a positive whole number of milliseconds (e.g. 15000), not ${JSON.stringify(value)}.`,
      ])
    }
    for (const value of ['yes', 'TRUE', '1', 'on']) {
      expect(viteEnvProblems({ VITE_API_MOCKING: value })[0], value).toMatch(/^VITE_API_MOCKING must be true or false/)
    }
  })

  it('take the issuing unit as one name or a Chinese and an English one, and refuse anything else, saying why', () => {
    for (const value of [
      '农业农村部乡村振兴司',
      '农业农村部乡村振兴司|Department of Rural Revitalization',
      ' 某省就业局 | ',
    ]) {
      expect(viteEnvProblems({ VITE_ISSUING_UNIT: value }), value).toEqual([])
    }
    const cases: [string, RegExp][] = [
      ['甲|乙|丙', /has 3 names; it takes one or two/],
      ['|Department only', /has no Chinese name/],
      ['某'.repeat(41), /longer than 40 characters/],
      ['第一行\n第二行', /control character or line break/],
    ]
    for (const [value, reason] of cases) {
      const problems = viteEnvProblems({ VITE_ISSUING_UNIT: value })
      expect(problems, value).toHaveLength(1)
      expect(problems[0], value).toMatch(/^VITE_ISSUING_UNIT /)
      expect(problems[0], value).toMatch(reason)
    }
  })

  it('refuse a name the app does not read, suggesting the one meant', () => {
    expect(viteEnvProblems({ VITE_API_BASEURL: 'https://backend.example' })).toEqual([
      expect.stringMatching(/^VITE_API_BASEURL is not a variable the app reads \(did you mean VITE_API_BASE_URL\?\)/),
    ])
    expect(viteEnvProblems({ VITE_SOMETHING_ELSE: '1' })[0]).not.toMatch(/did you mean/)
  })
})

describe('vite build', () => {
  const build = (env: Record<string, string>) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const outDir = mkdtempSync(join(tmpdir(), 'eam-env-'))
      execFile(
        'npx',
        ['vite', 'build', '--logLevel', 'error', '--outDir', outDir],
        { env: { ...process.env, ...env }, timeout: 120_000 },
        (error, stdout, stderr) => {
          rmSync(outDir, { recursive: true, force: true })
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr })
        },
      )
    })

  it('fails at once, saying which variable is wrong and why', async () => {
    const { code, output } = await build({
      VITE_API_BASE_URL: 'localhost:8787',
      VITE_API_TIMEOUT_MS: '15s',
      VITE_API_MOCKING: 'yes',
    })
    expect(code).not.toBe(0)
    expect(output).toContain("The build's VITE_ variables are wrong")
    expect(output).toContain('VITE_API_BASE_URL "localhost:8787" is not an http(s) URL')
    expect(output).toContain('VITE_API_TIMEOUT_MS must be a positive whole number')
    expect(output).toContain('VITE_API_MOCKING must be true or false')
  }, 120_000)
})
