;;; test.el --- Eglot + kata.el against the real `kata lsp'  -*- lexical-binding: t; -*-

;; KATA_BIN=target/debug/kata emacs --batch -l editors/emacs/tests/test.el
;;
;; Makes a practice workspace (`kata init', `kata start pair-sum') in a
;; temporary directory, opens pair-sum/src/lib.rs in rust-ts-mode (no
;; grammar needed: Eglot does not care), starts Eglot through kata.el's
;; `eglot-server-programs' entry, then checks what the learner would see:
;; the kata's rule finding and a typed syntax error as Flymake
;; diagnostics, the graded function's hover with its target, the failing
;; tests named in src/lib.rs after a save, and a hint.
;; Prints one line per check; exits non-zero on the first failure.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'flymake)

(defvar kata-test--dir (file-name-directory (or load-file-name buffer-file-name)))
(add-to-list 'load-path (expand-file-name ".." kata-test--dir))
(require 'kata)

(defvar kata-test--bin
  (expand-file-name (or (getenv "KATA_BIN")
                        (expand-file-name "../../../target/debug/kata" kata-test--dir))))
(defvar kata-test--timeout (string-to-number (or (getenv "KATA_TEST_TIMEOUT") "20")))

(defun kata-test--say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun kata-test--fail (fmt &rest args)
  (kata-test--say "FAIL %s" (apply #'format fmt args))
  (when (buffer-file-name)
    (kata-test--say "  flymake: %S" (ignore-errors (kata-test--diags))))
  (kill-emacs 1))

(defun kata-test--wait (what pred &optional timeout)
  "Wait until PRED returns non-nil (its value) or fail naming WHAT."
  (let ((deadline (+ (float-time) (or timeout kata-test--timeout)))
        result)
    (while (and (not (setq result (funcall pred)))
                (< (float-time) deadline))
      ;; Batch Emacs runs no idle timers: send the edits and let Flymake
      ;; ask for the diagnostics as an idle editor would.
      (when (eglot-managed-p)
        (eglot--signal-textDocument/didChange)
        (flymake-start))
      (accept-process-output nil 0.05))
    (or result (kata-test--fail "timed out waiting for %s" what))))

(defun kata-test--run (&rest args)
  (with-temp-buffer
    (let ((code (apply #'call-process kata-test--bin nil t nil args)))
      (unless (eq code 0)
        (kata-test--fail "kata %s: exit %s: %s" args code (buffer-string))))))

(defun kata-test--diags ()
  "Flymake's diagnostics of the current buffer, as (LINE TYPE TEXT)."
  (mapcar (lambda (d)
            (list (line-number-at-pos (flymake-diagnostic-beg d))
                  (flymake-diagnostic-type d)
                  (flymake-diagnostic-text d)))
          (flymake-diagnostics)))

(let* ((tmp (make-temp-file "kata-emacs-" t))
       (ws (expand-file-name "dojo" tmp))
       (lib (expand-file-name "pair-sum/src/lib.rs" ws))
       (kata-program kata-test--bin)
       (eglot-send-changes-idle-time 0.05)
       (inhibit-message t)
       (messages nil))
  ;; The server's window/showMessage lands in `message': keep a copy.
  (advice-add 'eglot--message :before
              (lambda (fmt &rest args) (push (apply #'format fmt args) messages)))
  (kata-test--run "init" ws)
  (let ((default-directory (file-name-as-directory ws)))
    (kata-test--run "start" "pair-sum"))
  (kata-test--say "ok   kata init + kata start pair-sum in %s" ws)

  (kata-eglot-setup)
  (find-file lib)
  (let ((warning-minimum-level :error)) ; no rust grammar: rust-ts-mode warns
    (rust-ts-mode))
  (unless (equal (kata-root) (file-name-as-directory ws))
    (kata-test--fail "kata-root is %S, not the workspace" (kata-root)))
  (unless (equal (car (kata-eglot-contact)) kata-test--bin)
    (kata-test--fail "the contact is %S" (kata-eglot-contact)))
  (apply #'eglot (eglot--guess-contact))
  (let ((server (kata-test--wait "eglot to connect" #'eglot-current-server)))
    (kata-test--say "ok   eglot runs %s for %s (root %s)"
                    (plist-get (eglot--server-info server) :name)
                    (file-relative-name lib ws)
                    (abbreviate-file-name (project-root (eglot--project server)))))
  (unless (flymake-mode) (flymake-mode 1))

  ;; The kata's rule, as the learner types: pair-sum forbids sorting.
  (goto-char (point-min))
  (search-forward "todo!(")
  (beginning-of-line)
  (insert "    let mut v = nums.to_vec();\n    v.sort();\n")
  (let ((d (kata-test--wait
            "the no-sort rule as a Flymake diagnostic"
            (lambda ()
              (cl-find-if (lambda (d) (string-match-p "Sorting" (nth 2 d))) (kata-test--diags))))))
    (kata-test--say "ok   rule finding on line %d (%s): %s" (nth 0 d) (nth 1 d)
                    (car (split-string (nth 2 d) "\n"))))

  ;; A syntax error typed at the end of the file.
  (goto-char (point-max))
  (insert "\nfn broken( {\n")
  (let* ((last-line (line-number-at-pos (point-max)))
         (d (kata-test--wait
             "a syntax error as a Flymake error"
             (lambda ()
               (cl-find-if (lambda (d) (and (memq (nth 1 d) '(:error eglot-error)) (>= (nth 0 d) (- last-line 3))))
                           (kata-test--diags))))))
    (kata-test--say "ok   syntax error on line %d: %s" (nth 0 d) (nth 2 d)))

  ;; The hover of the graded function names its target.
  (goto-char (point-min))
  (search-forward "pub fn pair_sum")
  (backward-char 3)
  (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (value (plist-get (plist-get hover :contents) :value)))
    (unless (and (stringp value) (string-match-p "\\*\\*Target\\*\\* `pair_sum`: time O(n)" value))
      (kata-test--fail "the hover has no target O(n): %S" hover))
    (kata-test--say "ok   hover: %s" (car (split-string value "\n"))))

  ;; Saving runs the tests: the starter fails them, and src/lib.rs itself
  ;; says which and why (the summary on `pair_sum', the todo!() that
  ;; panicked), not only the tests file.
  (goto-char (point-min))
  (while (re-search-forward "^.*\\(v\\.sort()\\|to_vec()\\|fn broken\\).*\n?" nil t)
    (replace-match ""))
  (save-buffer)
  (let ((d (kata-test--wait
            "the failing tests named in src/lib.rs after a save"
            (lambda ()
              (cl-find-if (lambda (d) (string-match-p "✘ .*not yet implemented" (nth 2 d)))
                          (kata-test--diags)))
            (string-to-number (or (getenv "KATA_TEST_RUN_TIMEOUT") "240")))))
    (kata-test--say "ok   after a save, in src/lib.rs (%s): %s" (nth 1 d)
                    (mapconcat #'identity (seq-take (split-string (nth 2 d) "\n") 2) " | ")))
  (unless (cl-find-if (lambda (d) (string-match-p "panicked here" (nth 2 d))) (kata-test--diags))
    (kata-test--fail "no panic site in src/lib.rs: %S" (kata-test--diags)))

  ;; A hint through kata.el's command.
  (kata-hint)
  (let ((m (kata-test--wait "the hint message"
                            (lambda () (cl-find-if (lambda (m) (string-match-p "hint 1/" m)) messages)))))
    (kata-test--say "ok   kata-hint: %s" (car (split-string m "\n"))))

  (set-buffer-modified-p nil)
  (let ((server (eglot-current-server)))
    (eglot-shutdown server))
  (delete-directory tmp t)
  (kata-test--say "emacs: all checks passed")
  (kill-emacs 0))

;;; test.el ends here
