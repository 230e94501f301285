// learner: optimal
// idiom: AtomicPtr to a boxed "page" (null = unallocated), init under a mutex, loop/match with early returns, manual Drop frees the page
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    /// Null until the page is materialised; then points at a leaked Box<T>
    /// that lives until the cell is dropped or consumed.
    page: AtomicPtr<T>,
    writer: Mutex<()>,
}

// SAFETY: the pointer is installed once, by the writer-mutex holder, with a
// Release store after the Box is fully built; readers Acquire-load it before
// dereferencing. The page is never mutated afterwards, only freed in Drop or
// moved out in into_inner, both of which own the cell exclusively.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { page: AtomicPtr::new(ptr::null_mut()), writer: Mutex::new(()) }
    }

    fn pin_writer(&self) -> MutexGuard<'_, ()> {
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        let p = self.page.load(Ordering::Acquire);
        // SAFETY: non-null means published, see the Sync impl.
        unsafe { p.as_ref() }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let p = self.page.load(Ordering::Acquire);
        if !p.is_null() {
            return unsafe { &*p };
        }
        let _w = self.pin_writer();
        let p = self.page.load(Ordering::Acquire);
        if !p.is_null() {
            return unsafe { &*p };
        }
        // A panic in init unwinds past here with the page still null.
        let fresh: *mut T = Box::into_raw(Box::new(init()));
        self.page.store(fresh, Ordering::Release);
        unsafe { &*fresh }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        let p = self.page.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: p came from Box::into_raw and we own the cell.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.page.get_mut();
        if !p.is_null() {
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let mut slot = this.init.lock().unwrap_or_else(PoisonError::into_inner);
            let f = slot.take();
            drop(slot);
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned: initialiser already consumed by a panicked run"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
