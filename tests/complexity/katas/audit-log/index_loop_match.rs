// learner: optimal
// idiom: beginner index loops (while i < len), match on Option for the previous hash, separate early returns in verify
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        hash = hash ^ (bytes[i] as u64);
        hash = hash.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    hash
}

fn mix_bytes(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        hash = hash ^ (bytes[i] as u64);
        hash = hash.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    hash = mix_bytes(hash, &prev.to_le_bytes());
    hash = mix_bytes(hash, &seq.to_le_bytes());
    hash = mix_bytes(hash, &(actor.len() as u64).to_le_bytes());
    hash = mix_bytes(hash, actor.as_bytes());
    hash = mix_bytes(hash, &(action.len() as u64).to_le_bytes());
    hash = mix_bytes(hash, action.as_bytes());
    hash
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
        let n = self.entries.len();
        let prev_hash = match n {
            0 => GENESIS,
            _ => self.entries[n - 1].hash,
        };
        let hash = entry_hash(prev_hash, n as u64, actor, action);
        self.entries.push(Entry {
            seq: n as u64,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash,
            hash,
        });
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
        let mut i = 0;
        while i < self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            let expected_prev = if i == 0 { GENESIS } else { self.entries[i - 1].hash };
            if e.prev_hash != expected_prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}
