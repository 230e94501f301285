// learner: optimal
// idiom: q/kdb+ quant: a tiny Fnv accumulator type (like an over-adverb state) and verify via try_fold carrying the previous hash
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }
    fn eat(self, bs: &[u8]) -> Self {
        Fnv(bs.iter().fold(self.0, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)))
    }
    fn num(self, x: u64) -> Self {
        self.eat(&x.to_le_bytes())
    }
    fn sym(self, s: &str) -> Self {
        self.num(s.len() as u64).eat(s.as_bytes())
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::new().eat(bytes).0
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::new().num(prev).num(seq).sym(actor).sym(action).0
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

impl Entry {
    fn ok(&self, i: usize, prev: u64) -> bool {
        self.seq == i as u64
            && self.prev_hash == prev
            && self.hash == entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let e = Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash: entry_hash(prev_hash, seq, actor, action) };
        let h = e.hash;
        self.entries.push(e);
        h
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map(|e| e.hash).unwrap_or(GENESIS)
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

    pub fn verify(&self) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .try_fold(GENESIS, |prev, (i, e)| if e.ok(i, prev) { Ok(e.hash) } else { Err(i) })
            .err()
    }
}
