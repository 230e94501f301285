// learner: slow
// why: AuditLog::append is O(n) time, target O(1): head() re-derives the head by re-hashing the whole chain from GENESIS
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(b: &[u8]) -> u64 { b.iter().fold(FNV_OFFSET, |h, &x| (h ^ x as u64).wrapping_mul(FNV_PRIME)) }

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut v = Vec::with_capacity(32 + actor.len() + action.len());
    for p in [prev, seq, actor.len() as u64] { v.extend(p.to_le_bytes()); }
    v.extend(actor.bytes()); v.extend((action.len() as u64).to_le_bytes()); v.extend(action.bytes());
    fnv1a64(&v)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry { pub seq: u64, pub actor: String, pub action: String, pub prev_hash: u64, pub hash: u64 }

#[derive(Debug, Default)]
pub struct AuditLog { entries: Vec<Entry> }

impl AuditLog {
    pub fn new() -> Self { Self::default() }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let (seq, prev_hash) = (self.entries.len() as u64, self.head());
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    // "trust nothing": replay the chain to find the head
    pub fn head(&self) -> u64 { self.entries.iter().fold(GENESIS, |p, e| entry_hash(p, e.seq, &e.actor, &e.action)) }
    pub fn entries(&self) -> &[Entry] { &self.entries }
    pub fn len(&self) -> usize { self.entries.len() }
    pub fn is_empty(&self) -> bool { self.entries.is_empty() }
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> { &mut self.entries }

    pub fn verify(&self) -> Option<usize> {
        let mut p = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64 || e.prev_hash != p || e.hash != entry_hash(p, e.seq, &e.actor, &e.action) { return Some(i); }
            p = e.hash;
        }
        None
    }
}
