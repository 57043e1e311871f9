import { describe, expect, it } from 'vitest'
import { describeRule } from '../harness'
import rule, { secretName, urlWithPassword } from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('secretName', () => {
  it('matches whole words of the name, split on _, plurals and run-together long words included', () => {
    const secret = ['DB_PASSWORD', 'SMTP_PASS', 'DB_PWD', 'ENCRYPTION_SALT_KEYS', 'SENTRY_DSN', 'STRIPE_API_KEY', 'OPENAI_APIKEY',
      'SSH_PRIVATE_KEY', 'AWS_ACCESS_KEY_ID', 'APP_ENCRYPTION_KEY', 'GPG_PASSPHRASE', 'PGPASSWORD', 'client_secrets', 'dbPassword', 'API_KEYS']
    const plain = ['BYPASS_CACHE', 'COMPASS_URL', 'TOKENIZER', 'SALTSTACK_MASTER', 'PASSENGER_ENV', 'KEY_ID', 'API_URL', 'PRIVATE_NETWORK', 'LOG_LEVEL']
    expect(secret.filter((n) => !secretName(n))).toEqual([])
    expect(plain.filter(secretName)).toEqual([])
  })
})

describe('urlWithPassword', () => {
  it('finds a literal password in a URL, also as a default or next to a variable, but not a variable without default', () => {
    expect(['postgres://u:p@h/db', 'redis://:p@h', '${X:-amqp://u:p@h}', 'postgres://u:p@${HOST}/db', 'mysql://u:${PW:-p}@h'].map(urlWithPassword)).toEqual([true, true, true, true, true])
    expect(['postgres://u:${PW}@h/db', 'https://u@h/x', 'https://h:8080/x', '${URL}', 'user:pass', 'a://u:p@'].map(urlWithPassword)).toEqual([false, false, false, false, false, false])
  })
})
