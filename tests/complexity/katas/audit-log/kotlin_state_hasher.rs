// learner: optimal
// idiom: Kotlin-dev style: Hasher-like FnvState with impl write methods, iter().chain of byte slices, windows-free verify via zip with a scan of previous hashes, position() for first failure
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

#[derive(Clone, Copy)]
struct FnvState {
    value: u64,
}

impl FnvState {
    fn new() -> Self {
        FnvState { value: FNV_OFFSET }
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.value ^= u64::from(*b);
            self.value = self.value.wrapping_mul(FNV_PRIME);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.write(&n.to_le_bytes());
    }

    fn write_str(&mut self, s: &str) {
        self.write_u64(s.len() as u64);
        self.write(s.as_bytes());
    }

    fn finish(self) -> u64 {
        self.value
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut st = FnvState::new();
    st.write(bytes);
    st.finish()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut st = FnvState::new();
    st.write_u64(prev);
    st.write_u64(seq);
    st.write_str(actor);
    st.write_str(action);
    st.finish()
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

    fn is_sound(entry: &Entry, index: usize, prev: u64) -> bool {
        entry.seq == index as u64
            && entry.prev_hash == prev
            && entry.hash == entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action)
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let entry = {
            let prev_hash = self.head();
            let seq = self.len() as u64;
            Entry {
                seq,
                actor: actor.to_owned(),
                action: action.to_owned(),
                prev_hash,
                hash: entry_hash(prev_hash, seq, actor, action),
            }
        };
        let hash = entry.hash;
        self.entries.push(entry);
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(last) => last.hash,
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
        let previous = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(previous)
            .enumerate()
            .position(|(i, (entry, prev))| !Self::is_sound(entry, i, prev))
    }
}
