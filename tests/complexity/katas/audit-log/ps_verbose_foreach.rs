// learner: optimal
// idiom: PowerShell-admin style: verbose names, explicit foreach over byte slices, defensive early-return checks in verify
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut runningHash: u64 = FNV_OFFSET;
    for singleByte in bytes {
        runningHash = runningHash ^ (*singleByte as u64);
        runningHash = runningHash.wrapping_mul(FNV_PRIME);
    }
    runningHash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let actorLength = actor.len() as u64;
    let actionLength = action.len() as u64;
    let listOfFields: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &actorLength.to_le_bytes(),
        actor.as_bytes(),
        &actionLength.to_le_bytes(),
        action.as_bytes(),
    ];
    let mut runningHash: u64 = FNV_OFFSET;
    for fieldBytes in listOfFields {
        for singleByte in fieldBytes {
            runningHash ^= *singleByte as u64;
            runningHash = runningHash.wrapping_mul(FNV_PRIME);
        }
    }
    runningHash
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
        let previousHash: u64 = if self.entries.is_empty() {
            GENESIS
        } else {
            self.entries[self.entries.len() - 1].hash
        };
        let nextSequenceNumber = self.entries.len() as u64;
        let newHash = entry_hash(previousHash, nextSequenceNumber, actor, action);
        let newEntry = Entry {
            seq: nextSequenceNumber,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: previousHash,
            hash: newHash,
        };
        self.entries.push(newEntry);
        newHash
    }

    pub fn head(&self) -> u64 {
        if let Some(lastEntry) = self.entries.last() {
            return lastEntry.hash;
        }
        GENESIS
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expectedPreviousHash = GENESIS;
        let mut entryIndex: usize = 0;
        for currentEntry in &self.entries {
            if currentEntry.seq != entryIndex as u64 {
                return Some(entryIndex);
            }
            if currentEntry.prev_hash != expectedPreviousHash {
                return Some(entryIndex);
            }
            let recomputedHash = entry_hash(
                currentEntry.prev_hash,
                currentEntry.seq,
                &currentEntry.actor,
                &currentEntry.action,
            );
            if recomputedHash != currentEntry.hash {
                return Some(entryIndex);
            }
            expectedPreviousHash = currentEntry.hash;
            entryIndex += 1;
        }
        None
    }
}
