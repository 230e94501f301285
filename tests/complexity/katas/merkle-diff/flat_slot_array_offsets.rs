// learner: optimal
// idiom: one flat slot array holding every level back to back plus an offsets table, explicit Visit enum on a work stack, for-range loops
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
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

/// All levels live in one slot array: level k occupies
/// `slots[offsets[k]..offsets[k + 1]]`; the last level is the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    slots: Vec<H::Digest>,
    offsets: Vec<usize>,
    blocks: usize,
    _hasher: PhantomData<H>,
}

enum Visit {
    Node { level: usize, index: usize },
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut slots: Vec<H::Digest> = Vec::with_capacity(2 * n + 1);
        let mut offsets = vec![0usize];
        for block in blocks {
            slots.push(H::leaf(block));
        }
        offsets.push(slots.len());
        let mut width = n;
        while width > 1 {
            let base = offsets[offsets.len() - 2];
            let pairs = width / 2;
            for p in 0..pairs {
                let d = H::node(slots[base + 2 * p], slots[base + 2 * p + 1]);
                slots.push(d);
            }
            if width % 2 == 1 {
                let carried = slots[base + width - 1];
                slots.push(carried);
            }
            width = (width + 1) / 2;
            offsets.push(slots.len());
        }
        MerkleTree { slots, offsets, blocks: n, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.blocks
    }

    pub fn is_empty(&self) -> bool {
        self.blocks == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        if self.blocks == 0 {
            None
        } else {
            Some(self.slots[self.slots.len() - 1])
        }
    }

    fn width(&self, level: usize) -> usize {
        self.offsets[level + 1] - self.offsets[level]
    }

    fn at(&self, level: usize, index: usize) -> H::Digest {
        self.slots[self.offsets[level] + index]
    }

    /// The ranges of block indices whose leaf digests differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.blocks != other.blocks {
            panic!("merkle diff: length mismatch ({} vs {})", self.blocks, other.blocks);
        }
        let mut result: Vec<Range<usize>> = Vec::new();
        if self.blocks == 0 {
            return result;
        }
        let root_level = self.offsets.len() - 2;
        let mut work = vec![Visit::Node { level: root_level, index: 0 }];
        while let Some(Visit::Node { level, index }) = work.pop() {
            if self.at(level, index) == other.at(level, index) {
                continue;
            }
            if level == 0 {
                let extend = match result.last() {
                    Some(r) => r.end == index,
                    None => false,
                };
                if extend {
                    let last = result.len() - 1;
                    result[last].end = index + 1;
                } else {
                    result.push(index..index + 1);
                }
                continue;
            }
            let left = index * 2;
            if left + 1 < self.width(level - 1) {
                work.push(Visit::Node { level: level - 1, index: left + 1 });
            }
            work.push(Visit::Node { level: level - 1, index: left });
        }
        result
    }
}
