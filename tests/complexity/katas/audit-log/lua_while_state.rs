// learner: optimal
// idiom: Lua-style mutable hasher state struct fed with while loops and manual byte indices
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct HashState {
    h: u64,
}

impl HashState {
    fn feed(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            self.h ^= bytes[i] as u64;
            self.h = self.h.wrapping_mul(FNV_PRIME);
            i += 1;
        }
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut st = HashState { h: FNV_OFFSET };
    st.feed(bytes);
    st.h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut st = HashState { h: FNV_OFFSET };
    st.feed(&prev.to_le_bytes());
    st.feed(&seq.to_le_bytes());
    st.feed(&(actor.len() as u64).to_le_bytes());
    st.feed(actor.as_bytes());
    st.feed(&(action.len() as u64).to_le_bytes());
    st.feed(action.as_bytes());
    st.h
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
        let n = self.entries.len();
        let mut prev = GENESIS;
        if n > 0 {
            prev = self.entries[n - 1].hash;
        }
        let h = entry_hash(prev, n as u64, actor, action);
        let e = Entry {
            seq: n as u64,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: prev,
            hash: h,
        };
        self.entries.push(e);
        h
    }

    pub fn head(&self) -> u64 {
        let n = self.entries.len();
        if n == 0 {
            return GENESIS;
        }
        self.entries[n - 1].hash
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
        let mut i = 0;
        while i < self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            prev = e.hash;
            i += 1;
        }
        None
    }
}
