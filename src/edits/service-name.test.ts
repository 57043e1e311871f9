import { expect, it } from 'vitest'
import { nextServiceName, serviceNameProblem } from './service-name'

it('accepts compose service names and explains refusals', () => {
  expect(serviceNameProblem('web-1.a_b', [])).toBeNull()
  expect(serviceNameProblem('', [])).toMatch(/Enter/)
  expect(serviceNameProblem('my web', [])).toMatch(/letters, digits/)
  expect(serviceNameProblem('db', ['db'])).toMatch(/already exists/)
  expect(serviceNameProblem('db', ['db'], 'db')).toBeNull()
})

it('suggests the first free service-N', () => {
  expect(nextServiceName([])).toBe('service-1')
  expect(nextServiceName(['service-1', 'service-3'])).toBe('service-2')
})
