// learner: optimal
// idiom: Raku enthusiast: levels as Vec<Vec<Digest>> built with chunks().map(), a recursive descent that only compares siblings of differing nodes, ranges glued as they are emitted
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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
    /// levels[0] = leaves, last = [root]; empty for an empty tree.
    levels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = vec![blocks.iter().map(|b| H::leaf(b)).collect::<Vec<_>>()];
        while levels.last().is_some_and(|l| l.len() > 1) {
            let up = levels.last().unwrap().chunks(2).map(|p| match *p {
                [l, r] => H::node(l, r),
                [carried] => carried,
                _ => unreachable!(),
            });
            levels.push(up.collect());
        }
        if blocks.is_empty() {
            levels.clear();
        }
        MerkleTree { levels }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "cannot diff trees of different length");
        let mut out = Vec::new();
        if self.root() != other.root() {
            self.descend(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }

    /// (level, i) is known to differ: find the differing leaves below it.
    fn descend(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if level == 0 {
            return match out.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => out.push(i..i + 1),
            };
        }
        let (below, theirs) = (&self.levels[level - 1], &other.levels[level - 1]);
        let (l, r) = (2 * i, 2 * i + 1);
        if r >= below.len() {
            // carried up unchanged: the lone child is the same digest, no need to compare
            return self.descend(other, level - 1, l, out);
        }
        for c in [l, r] {
            if below[c] != theirs[c] {
                self.descend(other, level - 1, c, out);
            }
        }
    }
}
