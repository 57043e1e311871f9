// Asks before a template replaces a document that has content (the shared replace confirmation).
import type { Template } from '../../examples/templates'
import { ReplaceConfirm } from './ReplaceConfirm'

interface TemplateConfirmProps {
  template: Template
  onCancel(): void
  onConfirm(): void
}

export function TemplateConfirm({ template, onCancel, onConfirm }: TemplateConfirmProps) {
  return (
    <ReplaceConfirm
      title={`Replace the document with the ${template.label} template?`}
      replacement={template.id === 'empty' ? 'an empty file' : 'a hardened starting point'}
      confirmLabel={`Replace with ${template.label}`}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  )
}
