// learner: optimal
// idiom: fold-based FNV over a chain of byte slices, verify zips entries with a GENESIS-prefixed iterator of previous hashes and uses position
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn fold_bytes(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fold_bytes(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let header = [prev.to_le_bytes(), seq.to_le_bytes(), (actor.len() as u64).to_le_bytes()];
    let h = header.iter().fold(FNV_OFFSET, |h, part| fold_bytes(h, part));
    let h = fold_bytes(h, actor.as_bytes());
    let h = fold_bytes(h, &(action.len() as u64).to_le_bytes());
    fold_bytes(h, action.as_bytes())
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
        let entry = Entry {
            seq: self.entries.len() as u64,
            actor: actor.into(),
            action: action.into(),
            prev_hash: self.head(),
            hash: 0,
        };
        let hash = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
        self.entries.push(Entry { hash, ..entry });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.as_slice() {
            [] => GENESIS,
            [.., last] => last.hash,
        }
    }

    pub fn verify(&self) -> Option<usize> {
        let prevs = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(prevs)
            .enumerate()
            .position(|(i, (e, prev))| {
                e.seq != i as u64
                    || e.prev_hash != prev
                    || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
            })
    }
}
