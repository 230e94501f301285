// learner: optimal
// idiom: competitive-programmer: short names, index loops, hashing inlined in one function
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn entry_hash(p: u64, s: u64, a: &str, c: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let x = [p.to_le_bytes(), s.to_le_bytes(), (a.len() as u64).to_le_bytes()];
    for k in 0..3 {
        for j in 0..8 {
            h ^= x[k][j] as u64;
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    let ab = a.as_bytes();
    for j in 0..ab.len() {
        h ^= ab[j] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    let cl = (c.len() as u64).to_le_bytes();
    for j in 0..8 {
        h ^= cl[j] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    let cb = c.as_bytes();
    for j in 0..cb.len() {
        h ^= cb[j] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
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

    pub fn append(&mut self, a: &str, c: &str) -> u64 {
        let n = self.entries.len();
        let p = if n == 0 { GENESIS } else { self.entries[n - 1].hash };
        let h = entry_hash(p, n as u64, a, c);
        self.entries.push(Entry { seq: n as u64, actor: a.to_owned(), action: c.to_owned(), prev_hash: p, hash: h });
        h
    }

    pub fn head(&self) -> u64 {
        let n = self.entries.len();
        if n == 0 { GENESIS } else { self.entries[n - 1].hash }
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
        let v = &self.entries;
        let mut p = GENESIS;
        for i in 0..v.len() {
            let e = &v[i];
            if e.seq != i as u64 || e.prev_hash != p || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            p = e.hash;
        }
        None
    }
}
