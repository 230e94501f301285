// learner: optimal
// idiom: iterator-heavy: chained byte iterators into fnv, verify via scan + position over the entries
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

fn fnv_iter<I: IntoIterator<Item = u8>>(it: I) -> u64 {
    it.into_iter()
        .fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_iter(bytes.iter().copied())
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let bytes = prev
        .to_le_bytes()
        .into_iter()
        .chain(seq.to_le_bytes())
        .chain((actor.len() as u64).to_le_bytes())
        .chain(actor.bytes())
        .chain((action.len() as u64).to_le_bytes())
        .chain(action.bytes());
    fnv_iter(bytes)
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
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
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
        self.entries
            .iter()
            .enumerate()
            .scan(GENESIS, |prev, (i, e)| {
                let ok = e.seq == i as u64
                    && e.prev_hash == *prev
                    && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
                *prev = e.hash;
                Some(ok)
            })
            .position(|ok| !ok)
    }
}
