// learner: optimal
// idiom: R-style small pure helpers; fnv as a fold over chained byte iterators, verify as an enumerate + find_map-ish loop
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn fnv_step(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(FNV_PRIME)
}

fn fnv_continue(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, fnv_step)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_continue(FNV_OFFSET, bytes)
}

fn len_le(s: &str) -> [u8; 8] {
    (s.len() as u64).to_le_bytes()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let parts: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &len_le(actor),
        actor.as_bytes(),
        &len_le(action),
        action.as_bytes(),
    ];
    parts.iter().fold(FNV_OFFSET, |h, p| fnv_continue(h, p))
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

fn entry_ok(e: &Entry, i: usize, expected_prev: u64) -> bool {
    e.seq == i as u64
        && e.prev_hash == expected_prev
        && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
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
        self.entries.last().map_or(GENESIS, |e| e.hash)
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
        let mut expected_prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if !entry_ok(e, i, expected_prev) {
                return Some(i);
            }
            expected_prev = e.hash;
        }
        None
    }
}
