// learner: optimal
// idiom: Julia-HPC style: while-loop byte indexing, 8-byte LE words mixed through one @inline helper, index-based verify loop with a carried prev
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

#[inline]
fn mix(mut h: u64, bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let mut i = 0usize; // Julia: for i in 1:n ... bytes[i]; here 0..n-1
    while i < n {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

#[inline]
fn mix_word(h: u64, w: u64) -> u64 {
    mix(h, &w.to_le_bytes())
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    mix(FNV_OFFSET, bytes)
}

/// The hash of one entry (see README for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = mix_word(h, prev);
    h = mix_word(h, seq);
    h = mix_word(h, actor.len() as u64);
    h = mix(h, actor.as_bytes());
    h = mix_word(h, action.len() as u64);
    mix(h, action.as_bytes())
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Position in the log, starting at 0.
    pub seq: u64,
    pub actor: String,
    pub action: String,
    /// `hash` of the previous entry ([`GENESIS`] for the first).
    pub prev_hash: u64,
    /// `entry_hash(prev_hash, seq, actor, action)`.
    pub hash: u64,
}

/// An append-only log in which every entry commits to the one before it.
#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        AuditLog { entries: Vec::with_capacity(1 << 10) }
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let n = self.entries.len();
        let prev = if n == 0 { GENESIS } else { self.entries[n - 1].hash };
        let seq = n as u64; // 0-based position == seq
        let h = entry_hash(prev, seq, actor, action);
        self.entries.push(Entry {
            seq,
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
        let mut i = 0usize;
        while i < n {
            let e = &self.entries[i];
            if e.seq != i as u64 || e.prev_hash != prev {
                return Some(i);
            }
            if entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) != e.hash {
                return Some(i);
            }
            prev = e.hash;
            i += 1;
        }
        None
    }
}
