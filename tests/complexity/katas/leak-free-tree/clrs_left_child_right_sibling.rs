// learner: optimal
// idiom: CLRS 10.4 left-child, right-sibling representation (left_child / right_sibling owning, last_child and p Weak), loops walking sibling chains, iterative drop
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;
type WeakRef<T> = Weak<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    p: WeakRef<T>,
    left_child: Option<NodeRef<T>>,
    right_sibling: Option<NodeRef<T>>,
    last_child: WeakRef<T>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = Vec::new();
        if let Some(c) = self.left_child.take() {
            stack.push(c);
        }
        if let Some(s) = self.right_sibling.take() {
            stack.push(s);
        }
        while let Some(x) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(x) {
                let mut node = cell.into_inner();
                if let Some(c) = node.left_child.take() {
                    stack.push(c);
                }
                if let Some(s) = node.right_sibling.take() {
                    stack.push(s);
                }
            }
        }
    }
}

fn allocate_node<T>(value: T, p: WeakRef<T>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node {
        value,
        p,
        left_child: None,
        right_sibling: None,
        last_child: Weak::new(),
    }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    allocate_node(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let z = allocate_node(value, Rc::downgrade(parent));
    let last = parent.borrow().last_child.upgrade();
    match last {
        None => parent.borrow_mut().left_child = Some(Rc::clone(&z)),
        Some(y) => y.borrow_mut().right_sibling = Some(Rc::clone(&z)),
    }
    parent.borrow_mut().last_child = Rc::downgrade(&z);
    z
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().p.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut out = Vec::new();
    let mut x = node.borrow().left_child.clone();
    while let Some(y) = x {
        x = y.borrow().right_sibling.clone();
        out.push(y);
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut a = Vec::new();
    let mut x = Rc::clone(node);
    loop {
        a.push(x.borrow().value.clone());
        let up = x.borrow().p.upgrade();
        match up {
            Some(y) => x = y,
            None => break,
        }
    }
    // REVERSE(A) in place, textbook style
    let (mut i, mut j) = (0usize, a.len());
    while i + 1 < j {
        a.swap(i, j - 1);
        i += 1;
        j -= 1;
    }
    a
}
