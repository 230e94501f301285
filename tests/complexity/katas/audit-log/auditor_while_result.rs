// learner: optimal
// idiom: defensive auditor: while-loop byte hashing, free helper writes length-prefixed fields, verify via while + early-return Result helper mapped to Option
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_continue(FNV_OFFSET, bytes)
}

fn fnv_continue(mut state: u64, bytes: &[u8]) -> u64 {
    let mut i: usize = 0;
    while i < bytes.len() {
        if let Some(&b) = bytes.get(i) {
            state ^= u64::from(b);
            state = state.wrapping_mul(FNV_PRIME);
        }
        i = match i.checked_add(1) {
            Some(next) => next,
            None => break,
        };
    }
    state
}

fn fnv_len_prefixed(state: u64, field: &str) -> u64 {
    let len = u64::try_from(field.len()).unwrap_or(u64::MAX);
    let state = fnv_continue(state, &len.to_le_bytes());
    fnv_continue(state, field.as_bytes())
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut state = fnv_continue(FNV_OFFSET, &prev.to_le_bytes());
    state = fnv_continue(state, &seq.to_le_bytes());
    state = fnv_len_prefixed(state, actor);
    fnv_len_prefixed(state, action)
}

/// One line of the audit log.
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

#[derive(Debug)]
struct Broken(usize);

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: String::from(actor), action: String::from(action), prev_hash, hash });
        hash
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

    fn check_chain(&self) -> Result<(), Broken> {
        let mut prev = GENESIS;
        let mut i: usize = 0;
        while let Some(e) = self.entries.get(i) {
            if e.seq != i as u64 {
                return Err(Broken(i));
            }
            if e.prev_hash != prev {
                return Err(Broken(i));
            }
            if entry_hash(prev, e.seq, &e.actor, &e.action) != e.hash {
                return Err(Broken(i));
            }
            prev = e.hash;
            i = i.checked_add(1).ok_or(Broken(i))?;
        }
        Ok(())
    }

    pub fn verify(&self) -> Option<usize> {
        self.check_chain().err().map(|Broken(i)| i)
    }
}
