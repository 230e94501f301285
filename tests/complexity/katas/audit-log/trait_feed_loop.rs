// learner: optimal
// idiom: generic trait HashPart implemented for u64/str/[u8], fold-free explicit for loops, verify with loop + manual index and early returns
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

trait HashPart {
    fn absorb(&self, state: u64) -> u64;
}

impl HashPart for [u8] {
    fn absorb(&self, state: u64) -> u64 {
        let mut h = state;
        for b in self {
            h ^= *b as u64;
            h = h.wrapping_mul(FNV_PRIME);
        }
        h
    }
}

impl HashPart for u64 {
    fn absorb(&self, state: u64) -> u64 {
        self.to_le_bytes()[..].absorb(state)
    }
}

impl HashPart for str {
    fn absorb(&self, state: u64) -> u64 {
        let with_len = (self.len() as u64).absorb(state);
        self.as_bytes().absorb(with_len)
    }
}

fn absorb_all<T: HashPart + ?Sized>(state: u64, part: &T) -> u64 {
    part.absorb(state)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    absorb_all(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = absorb_all(h, &prev);
    h = absorb_all(h, &seq);
    h = absorb_all(h, actor);
    h = absorb_all(h, action);
    h
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

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
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
        let mut i = 0usize;
        let mut expected_prev = GENESIS;
        loop {
            if i >= self.entries.len() {
                return None;
            }
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != expected_prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            expected_prev = e.hash;
            i += 1;
        }
    }
}
