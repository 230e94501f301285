// learner: optimal
// idiom: verify as try_fold over enumerate carrying the previous hash (Err = broken index), closures in variables
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let step = |h: u64, b: &u8| (h ^ *b as u64).wrapping_mul(FNV_PRIME);
    bytes.iter().fold(FNV_OFFSET, step)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let step = |h: u64, b: u8| (h ^ b as u64).wrapping_mul(FNV_PRIME);
    let len_le = |s: &str| (s.len() as u64).to_le_bytes();
    prev.to_le_bytes()
        .into_iter()
        .chain(seq.to_le_bytes())
        .chain(len_le(actor))
        .chain(actor.bytes())
        .chain(len_le(action))
        .chain(action.bytes())
        .fold(FNV_OFFSET, step)
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
    fn is_sound(&self, index: usize, prev: u64) -> bool {
        self.seq == index as u64
            && self.prev_hash == prev
            && self.hash == entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let seq = self.entries.len() as u64;
        let prev_hash = self.head();
        let entry = Entry {
            seq,
            actor: actor.into(),
            action: action.into(),
            prev_hash,
            hash: entry_hash(prev_hash, seq, actor, action),
        };
        let h = entry.hash;
        self.entries.push(entry);
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
            .try_fold(GENESIS, |prev, (i, e)| if e.is_sound(i, prev) { Ok(e.hash) } else { Err(i) })
            .err()
    }
}
