// learner: optimal
// idiom: Java/C# style: class with many small getters returning Option, private helper methods, recursive descent
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the

/// A Merkle tree stored level by level (level 0 = leaves).
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    block_count: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut tree = MerkleTree { levels: Vec::new(), block_count: blocks.len(), _hasher: PhantomData };
        let mut leaves = Vec::with_capacity(blocks.len());
        for block in blocks {
            leaves.push(H::leaf(block));
        }
        tree.levels.push(leaves);
        while tree.get_top_level_size() > 1 {
            let next = tree.compute_parent_level();
            tree.levels.push(next);
        }
        tree
    }

    fn get_top_level_size(&self) -> usize {
        self.levels.last().map(|level| level.len()).unwrap_or(0)
    }

    fn compute_parent_level(&self) -> Vec<H::Digest> {
        let below = self.levels.last().expect("at least the leaf level");
        let mut parents = Vec::with_capacity((below.len() + 1) / 2);
        let mut i = 0;
        while i < below.len() {
            let parent = match below.get(i + 1) {
                Some(right) => H::node(below[i], *right),
                None => below[i],
            };
            parents.push(parent);
            i += 2;
        }
        parents
    }

    fn get_height(&self) -> usize {
        self.levels.len()
    }

    fn get_node(&self, level: usize, index: usize) -> Option<H::Digest> {
        self.levels.get(level).and_then(|l| l.get(index)).copied()
    }

    fn is_leaf_level(level: usize) -> bool {
        level == 0
    }

    pub fn len(&self) -> usize {
        self.block_count
    }

    pub fn is_empty(&self) -> bool {
        self.block_count == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            return None;
        }
        self.get_node(self.get_height() - 1, 0)
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("trees have different length ({} and {})", self.len(), other.len());
        }
        let mut result = Vec::new();
        if !self.is_empty() {
            self.collect_differences(other, self.get_height() - 1, 0, &mut result);
        }
        result
    }

    fn collect_differences(&self, other: &Self, level: usize, index: usize, result: &mut Vec<Range<usize>>) {
        let mine = match self.get_node(level, index) {
            Some(d) => d,
            None => return,
        };
        let theirs = match other.get_node(level, index) {
            Some(d) => d,
            None => return,
        };
        if mine == theirs {
            return;
        }
        if Self::is_leaf_level(level) {
            Self::record_difference(result, index);
            return;
        }
        self.collect_differences(other, level - 1, 2 * index, result);
        self.collect_differences(other, level - 1, 2 * index + 1, result);
    }

    fn record_difference(result: &mut Vec<Range<usize>>, index: usize) {
        if let Some(last) = result.last_mut() {
            if last.end == index {
                last.end = index + 1;
                return;
            }
        }
        result.push(index..index + 1);
    }
}

