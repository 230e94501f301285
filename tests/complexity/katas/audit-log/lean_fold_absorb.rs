// learner: optimal
// idiom: Lean-style: hash as a fold over bytes, an "absorb" step lemma reused by entry_hash, verify as a structural for-loop carrying prev
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// One FNV-1a step: the transition function of the hash automaton.
fn step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

/// Absorb a byte string into a running state (fold of `step`).
fn absorb(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |acc, &b| step(acc, b))
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    absorb(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // Spec: prev, seq, |actor|, actor, |action|, action.  fnv1a64(a ++ b) = absorb(fnv1a64(a), b).
    let h = absorb(FNV_OFFSET, &prev.to_le_bytes());
    let h = absorb(h, &seq.to_le_bytes());
    let h = absorb(h, &(actor.len() as u64).to_le_bytes());
    let h = absorb(h, actor.as_bytes());
    let h = absorb(h, &(action.len() as u64).to_le_bytes());
    absorb(h, action.as_bytes())
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        // Invariant maintained: entries[i].seq == i and entries[i].prev_hash == hash of i-1.
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        debug_assert_eq!(self.head(), hash);
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        }
    }

    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            let ok = e.seq == i as u64
                && e.prev_hash == prev
                && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if !ok {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
