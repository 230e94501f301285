// learner: optimal
// idiom: Raku enthusiast: breadth-first: a frontier of differing node indices is refined level by level with flat_map/filter (a gather/take pipeline), the last frontier is folded into ranges
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
    /// Top level first: tiers[0] = [root], tiers.last() = leaves.
    tiers: Vec<Vec<H::Digest>>,
}

fn pair_up<H: MerkleHasher>(row: &[H::Digest]) -> Vec<H::Digest> {
    row.chunks(2).map(|c| if let [l, r] = c { H::node(*l, *r) } else { c[0] }).collect()
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<_> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut tiers = Vec::new();
        let mut row = leaves;
        while row.len() > 1 {
            let up = pair_up::<H>(&row);
            tiers.push(std::mem::replace(&mut row, up));
        }
        if !row.is_empty() {
            tiers.push(row);
        }
        tiers.reverse();
        MerkleTree { tiers }
    }

    pub fn len(&self) -> usize {
        self.tiers.last().map_or(0, |t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.tiers.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.tiers.first().map(|t| t[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} vs {} blocks", self.len(), other.len());
        if self.root() == other.root() {
            return vec![];
        }
        let mut frontier = vec![0usize];
        for (depth, (mine, theirs)) in self.tiers.iter().zip(&other.tiers).enumerate().skip(1) {
            let carried_last = self.tiers[depth - 1].len() * 2 > mine.len();
            let last_parent = self.tiers[depth - 1].len() - 1;
            frontier = frontier
                .into_iter()
                .flat_map(|p| {
                    if carried_last && p == last_parent {
                        vec![2 * p] // lone child carried up: it differs like its parent
                    } else {
                        [2 * p, 2 * p + 1].into_iter().filter(|&c| mine[c] != theirs[c]).collect()
                    }
                })
                .collect();
        }
        frontier.into_iter().fold(Vec::new(), |mut acc: Vec<Range<usize>>, i| {
            match acc.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => acc.push(i..i + 1),
            }
            acc
        })
    }
}
