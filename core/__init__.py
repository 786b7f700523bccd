"""What every app uses and nothing app-specific: operations (health, outages, logging),
security plumbing. Dependencies point one way: core is imported by the other apps, never
the reverse."""
