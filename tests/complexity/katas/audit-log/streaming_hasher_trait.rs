// learner: optimal
// idiom: streaming Fnv1a hasher struct with builder-style associated fns and a generic Feed trait; verify via enumerate + find_map
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// A streaming FNV-1a 64 state.
#[derive(Clone, Copy)]
struct Fnv1a(u64);

trait Feed {
    fn feed_into(&self, h: Fnv1a) -> Fnv1a;
}

impl Feed for [u8] {
    fn feed_into(&self, h: Fnv1a) -> Fnv1a {
        h.write(self)
    }
}

impl Feed for u64 {
    fn feed_into(&self, h: Fnv1a) -> Fnv1a {
        h.write(&self.to_le_bytes())
    }
}

impl Feed for str {
    fn feed_into(&self, h: Fnv1a) -> Fnv1a {
        (self.len() as u64).feed_into(h).write(self.as_bytes())
    }
}

impl Fnv1a {
    const fn new() -> Self {
        Fnv1a(FNV_OFFSET)
    }

    fn write(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn feed<T: Feed + ?Sized>(self, value: &T) -> Self {
        value.feed_into(self)
    }

    const fn finish(self) -> u64 {
        self.0
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv1a::new().write(bytes).finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv1a::new().feed(&prev).feed(&seq).feed(actor).feed(action).finish()
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl Entry {
    fn recomputed(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        self.entries.iter().enumerate().find_map(|(i, e)| {
            let broken = e.seq != i as u64 || e.prev_hash != prev || e.hash != e.recomputed();
            prev = e.hash;
            broken.then_some(i)
        })
    }
}
