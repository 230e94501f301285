// learner: optimal
// idiom: pipeline style, fold for the hash, entry_hash as a chain of byte slices flattened and folded, verify as enumerate + scan + position
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

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

fn step(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(FNV_PRIME)
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, step)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let (p, s) = (prev.to_le_bytes(), seq.to_le_bytes());
    let (al, cl) = ((actor.len() as u64).to_le_bytes(), (action.len() as u64).to_le_bytes());
    [&p[..], &s[..], &al[..], actor.as_bytes(), &cl[..], action.as_bytes()]
        .iter()
        .flat_map(|part| part.iter())
        .fold(FNV_OFFSET, step)
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
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
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
