// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): Swift-style shortcut on equal roots, then a for loop over every leaf index comparing the leaf digests

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
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while let Some(below) = levels.last() {
            if !guard_more_than_one(below.len()) {
                break;
            }
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|pair| match pair {
                    [left, right] => H::node(*left, *right),
                    [only] => *only,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let Some(top) = self.levels.last() else { return None };
        top.first().copied()
    }
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        guard_same_length(self.len(), other.len());
        if self.root() == other.root() {
            return Vec::new();
        }
        let mine = &self.levels[0];
        let theirs = &other.levels[0];
        var_collect(mine, theirs)
    }
}

fn guard_more_than_one(n: usize) -> bool {
    n > 1
}

fn guard_same_length(a: usize, b: usize) {
    if a != b {
        panic!("length mismatch: {a} vs {b}");
    }
}

fn var_collect<D: Eq>(mine: &[D], theirs: &[D]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for index in 0..mine.len() {
        if mine[index] == theirs[index] {
            continue;
        }
        if let Some(last) = ranges.last_mut() {
            if last.end == index {
                last.end += 1;
                continue;
            }
        }
        ranges.push(index..index + 1);
    }
    ranges
}
