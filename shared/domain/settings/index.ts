/** Settings domain: office profile, versioned contact details, officers. */
export * from './schemas'
export * from './validate'
export * from './contact-version'
export * from './setup'
export * from './mask'
export * from './pin'
