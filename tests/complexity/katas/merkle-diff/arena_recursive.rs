// learner: optimal
// idiom: arena of nodes with child indices and covered block ranges, recursive diff in lockstep that skips equal subtrees, iterator-heavy build

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
struct Node<D> {
    digest: D,
    children: Option<(usize, Option<usize>)>,
    first_block: usize,
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<Node<H::Digest>>,
    root: Option<usize>,
    blocks: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut nodes: Vec<Node<H::Digest>> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| Node { digest: H::leaf(b), children: None, first_block: i })
            .collect();
        let mut level: Vec<usize> = (0..nodes.len()).collect();
        while level.len() > 1 {
            let mut next = Vec::with_capacity((level.len() + 1) / 2);
            for pair in level.chunks(2) {
                let id = if let [l, r] = *pair {
                    let digest = H::node(nodes[l].digest, nodes[r].digest);
                    let first_block = nodes[l].first_block;
                    nodes.push(Node { digest, children: Some((l, Some(r))), first_block });
                    nodes.len() - 1
                } else {
                    pair[0]
                };
                next.push(id);
            }
            level = next;
        }
        MerkleTree { root: level.first().copied(), nodes, blocks: blocks.len(), _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.blocks
    }

    pub fn is_empty(&self) -> bool {
        self.blocks == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.root.map(|r| self.nodes[r].digest)
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.blocks == other.blocks, "cannot diff trees of different length");
        let mut out = Vec::new();
        if let (Some(a), Some(b)) = (self.root, other.root) {
            Self::walk(self, a, other, b, &mut out);
        }
        out
    }

    fn walk(x: &Self, a: usize, y: &Self, b: usize, out: &mut Vec<Range<usize>>) {
        let (na, nb) = (&x.nodes[a], &y.nodes[b]);
        if na.digest == nb.digest {
            return;
        }
        match (na.children, nb.children) {
            (Some((la, ra)), Some((lb, rb))) => {
                Self::walk(x, la, y, lb, out);
                if let (Some(ra), Some(rb)) = (ra, rb) {
                    Self::walk(x, ra, y, rb, out);
                }
            }
            _ => {
                let i = na.first_block;
                match out.last_mut() {
                    Some(last) if last.end == i => last.end = i + 1,
                    _ => out.push(i..i + 1),
                }
            }
        }
    }
}
