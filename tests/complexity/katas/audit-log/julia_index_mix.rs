// learner: optimal
// idiom: Julia-HPC style: index loops everywhere, single hash accumulator threaded through a mix! helper, verify as a while loop over k with prev carried in a register
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

#[inline]
fn mix(mut h: u64, bytes: &[u8]) -> u64 {
    let mut k = 0usize;
    let m = bytes.len();
    while k < m {
        h ^= bytes[k] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        k += 1;
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    mix(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = mix(h, &prev.to_le_bytes());
    h = mix(h, &seq.to_le_bytes());
    h = mix(h, &(actor.len() as u64).to_le_bytes());
    h = mix(h, actor.as_bytes());
    h = mix(h, &(action.len() as u64).to_le_bytes());
    mix(h, action.as_bytes())
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
        let p = if n == 0 { GENESIS } else { self.entries[n - 1].hash };
        let h = entry_hash(p, n as u64, actor, action);
        self.entries.push(Entry {
            seq: n as u64,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: p,
            hash: h,
        });
        h
    }

    pub fn head(&self) -> u64 {
        let n = self.entries.len();
        if n == 0 {
            GENESIS
        } else {
            self.entries[n - 1].hash
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
        let n = self.entries.len();
        let mut prev = GENESIS;
        let mut k = 0usize;
        while k < n {
            let e = &self.entries[k];
            if e.seq != k as u64 {
                return Some(k);
            }
            if e.prev_hash != prev {
                return Some(k);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(k);
            }
            prev = e.hash;
            k += 1;
        }
        None
    }
}
