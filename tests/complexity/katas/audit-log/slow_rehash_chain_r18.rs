// learner: slow
// why: AuditLog::append is O(n) time, target O(1): re-derives the head by re-hashing the whole chain from GENESIS on every append
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for k in 0..bytes.len() {
        h = (h ^ bytes[k] as u64).wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buf: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    buf.extend_from_slice(&prev.to_le_bytes());
    buf.extend_from_slice(&seq.to_le_bytes());
    buf.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    buf.extend_from_slice(actor.as_bytes());
    buf.extend_from_slice(&(action.len() as u64).to_le_bytes());
    buf.extend_from_slice(action.as_bytes());
    fnv1a64(&buf)
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

    // Julia habit: "don't trust stored state, recompute it" (a reduction over the chain)
    fn chain_head(&self) -> u64 {
        let mut h = GENESIS;
        for k in 0..self.entries.len() {
            let e = &self.entries[k];
            h = entry_hash(h, k as u64, &e.actor, &e.action);
        }
        h
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let p = self.chain_head();
        let n = self.entries.len() as u64;
        let h = entry_hash(p, n, actor, action);
        self.entries.push(Entry { seq: n, actor: actor.to_string(), action: action.to_string(), prev_hash: p, hash: h });
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
        let mut prev = GENESIS;
        for k in 0..self.entries.len() {
            let e = &self.entries[k];
            if e.seq != k as u64 || e.prev_hash != prev || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(k);
            }
            prev = e.hash;
        }
        None
    }
}
