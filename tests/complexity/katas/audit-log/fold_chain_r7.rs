// learner: optimal
// idiom: fold-based FNV over chained byte slices, verify via zip with a shifted hash stream + position
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn absorb(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |acc, &b| (acc ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    absorb(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let fields: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &(actor.len() as u64).to_le_bytes(),
        actor.as_bytes(),
        &(action.len() as u64).to_le_bytes(),
        action.as_bytes(),
    ];
    fields.iter().fold(FNV_OFFSET, |h, part| absorb(h, part))
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
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
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
        let expected_prev = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        let broken = |(i, (e, want_prev)): (usize, (&Entry, u64))| {
            e.seq != i as u64
                || e.prev_hash != want_prev
                || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
        };
        self.entries.iter().zip(expected_prev).enumerate().position(broken)
    }
}
