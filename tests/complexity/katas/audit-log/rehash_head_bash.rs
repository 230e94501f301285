// learner: slow
// idiom: Bash scripter: no cached state, head() recomputes the chain from GENESIS like re-running the whole script each time
// why: AuditLog::append calls head(), which re-hashes every stored entry: O(n) per append (O(n^2) for n appends) vs the O(1) amortised target; verify and fnv1a64 are O(n) as required
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // build the whole line first, then hash it, like piping into sha256sum
    let mut line: Vec<u8> = Vec::new();
    line.extend_from_slice(&prev.to_le_bytes());
    line.extend_from_slice(&seq.to_le_bytes());
    line.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    line.extend_from_slice(actor.as_bytes());
    line.extend_from_slice(&(action.len() as u64).to_le_bytes());
    line.extend_from_slice(action.as_bytes());
    fnv1a64(&line)
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
        let seq = self.entries.len() as u64;
        let prev_hash = self.head();
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash,
            hash,
        });
        hash
    }

    pub fn head(&self) -> u64 {
        // walk the log from the top and re-hash each line
        let mut h = GENESIS;
        for e in &self.entries {
            h = entry_hash(h, e.seq, &e.actor, &e.action);
        }
        if let Some(last) = self.entries.last() {
            // trust what is stored if the replay disagrees (tampered log)
            if last.hash != h {
                return last.hash;
            }
        }
        h
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
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64 || e.prev_hash != prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
