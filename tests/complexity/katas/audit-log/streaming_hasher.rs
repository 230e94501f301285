// learner: optimal
// idiom: small Fnv hasher struct with write/write_u64 methods (builder style), verify as while-loop with a cursor and match on a check enum
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct Fnv {
    state: u64,
}

impl Fnv {
    fn new() -> Self {
        Fnv { state: FNV_OFFSET }
    }
    fn write(&mut self, bytes: &[u8]) -> &mut Self {
        for b in bytes {
            self.state ^= u64::from(*b);
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
        self
    }
    fn write_u64(&mut self, v: u64) -> &mut Self {
        self.write(&v.to_le_bytes())
    }
    fn write_str(&mut self, s: &str) -> &mut Self {
        self.write_u64(s.len() as u64).write(s.as_bytes())
    }
    fn finish(&self) -> u64 {
        self.state
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::new().write(bytes).finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::new().write_u64(prev).write_u64(seq).write_str(actor).write_str(action).finish()
}

/// One line of the audit log.
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

enum Check {
    Good(u64),
    Broken,
}

fn check_entry(index: usize, prev: u64, e: &Entry) -> Check {
    match (e.seq == index as u64, e.prev_hash == prev) {
        (true, true) if entry_hash(prev, e.seq, &e.actor, &e.action) == e.hash => Check::Good(e.hash),
        _ => Check::Broken,
    }
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let entry = {
            let seq = self.entries.len() as u64;
            let prev_hash = self.head();
            Entry {
                seq,
                actor: String::from(actor),
                action: String::from(action),
                prev_hash,
                hash: entry_hash(prev_hash, seq, actor, action),
            }
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        }
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
        let mut cursor = 0;
        let mut prev = GENESIS;
        while cursor < self.entries.len() {
            match check_entry(cursor, prev, &self.entries[cursor]) {
                Check::Good(h) => prev = h,
                Check::Broken => return Some(cursor),
            }
            cursor += 1;
        }
        None
    }
}
