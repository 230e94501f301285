// learner: optimal
// idiom: C-style: byte loops with an index counter, fixed [u8; 8] buffers, while loop in verify
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn fnv_feed(mut h: u64, buf: &[u8]) -> u64 {
    let mut i: usize = 0;
    let n = buf.len();
    while i < n {
        h = h ^ (buf[i] as u64);
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_feed(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut tmp: [u8; 8];
    tmp = prev.to_le_bytes();
    h = fnv_feed(h, &tmp);
    tmp = seq.to_le_bytes();
    h = fnv_feed(h, &tmp);
    tmp = (actor.len() as u64).to_le_bytes();
    h = fnv_feed(h, &tmp);
    h = fnv_feed(h, actor.as_bytes());
    tmp = (action.len() as u64).to_le_bytes();
    h = fnv_feed(h, &tmp);
    h = fnv_feed(h, action.as_bytes());
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
        let n = self.entries.len();
        let mut prev: u64 = GENESIS;
        if n > 0 {
            prev = self.entries[n - 1].hash;
        }
        let h = entry_hash(prev, n as u64, actor, action);
        self.entries.push(Entry {
            seq: n as u64,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: prev,
            hash: h,
        });
        h
    }

    pub fn head(&self) -> u64 {
        let n = self.entries.len();
        if n == 0 {
            return GENESIS;
        }
        self.entries[n - 1].hash
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
        let n = self.entries.len();
        let mut prev: u64 = GENESIS;
        let mut i: usize = 0;
        while i < n {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
            i += 1;
        }
        None
    }
}
