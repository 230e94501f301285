// learner: optimal
// idiom: ObjC-style: one flat digest array with per-level offsets, explicit (level, index) work stack, defensive checks, many small methods
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    allDigestsLevelByLevel: Vec<H::Digest>,
    levelStartOffsets: Vec<usize>,
    levelLengths: Vec<usize>,
    numberOfBlocks: usize,
    _hasher: PhantomData<H>,
}

#[allow(non_snake_case)]
impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let numberOfBlocks = blocks.len();
        let mut allDigestsLevelByLevel: Vec<H::Digest> = Vec::with_capacity(2 * numberOfBlocks);
        let mut levelStartOffsets: Vec<usize> = Vec::new();
        let mut levelLengths: Vec<usize> = Vec::new();
        for block in blocks {
            allDigestsLevelByLevel.push(H::leaf(block));
        }
        levelStartOffsets.push(0);
        levelLengths.push(numberOfBlocks);
        let mut currentLevelLength = numberOfBlocks;
        let mut currentLevelStart = 0usize;
        while currentLevelLength > 1 {
            let nextLevelStart = allDigestsLevelByLevel.len();
            let mut pairIndex = 0usize;
            while pairIndex < currentLevelLength {
                let leftDigest = allDigestsLevelByLevel[currentLevelStart + pairIndex];
                if pairIndex + 1 < currentLevelLength {
                    let rightDigest = allDigestsLevelByLevel[currentLevelStart + pairIndex + 1];
                    allDigestsLevelByLevel.push(H::node(leftDigest, rightDigest));
                } else {
                    allDigestsLevelByLevel.push(leftDigest);
                }
                pairIndex += 2;
            }
            currentLevelStart = nextLevelStart;
            currentLevelLength = allDigestsLevelByLevel.len() - nextLevelStart;
            levelStartOffsets.push(currentLevelStart);
            levelLengths.push(currentLevelLength);
        }
        MerkleTree { allDigestsLevelByLevel, levelStartOffsets, levelLengths, numberOfBlocks, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.numberOfBlocks
    }

    pub fn is_empty(&self) -> bool {
        self.numberOfBlocks == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            return None;
        }
        self.allDigestsLevelByLevel.last().copied()
    }

    fn topLevelIndex(&self) -> usize {
        self.levelLengths.len() - 1
    }

    fn nodeExists(&self, levelIndex: usize, nodeIndex: usize) -> bool {
        nodeIndex < self.levelLengths[levelIndex]
    }

    fn digestAt(&self, levelIndex: usize, nodeIndex: usize) -> H::Digest {
        self.allDigestsLevelByLevel[self.levelStartOffsets[levelIndex] + nodeIndex]
    }

    fn nodesDiffer(&self, other: &Self, levelIndex: usize, nodeIndex: usize) -> bool {
        !(self.digestAt(levelIndex, nodeIndex) == other.digestAt(levelIndex, nodeIndex))
    }

    fn appendDifferingBlockIndex(resultRanges: &mut Vec<Range<usize>>, blockIndex: usize) {
        if let Some(lastRange) = resultRanges.last_mut() {
            if lastRange.end == blockIndex {
                lastRange.end = blockIndex + 1;
                return;
            }
        }
        resultRanges.push(blockIndex..blockIndex + 1);
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("merkle diff: trees have different length ({} vs {})", self.len(), other.len());
        }
        let mut resultRanges: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return resultRanges;
        }
        let mut pendingNodes: Vec<(usize, usize)> = vec![(self.topLevelIndex(), 0)];
        while let Some((levelIndex, nodeIndex)) = pendingNodes.pop() {
            if !self.nodeExists(levelIndex, nodeIndex) {
                continue;
            }
            if !self.nodesDiffer(other, levelIndex, nodeIndex) {
                continue;
            }
            if levelIndex == 0 {
                Self::appendDifferingBlockIndex(&mut resultRanges, nodeIndex);
                continue;
            }
            pendingNodes.push((levelIndex - 1, 2 * nodeIndex + 1));
            pendingNodes.push((levelIndex - 1, 2 * nodeIndex));
        }
        resultRanges
    }
}
