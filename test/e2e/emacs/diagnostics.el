;;; diagnostics.el --- Emacs + eglot as a third LSP client  -*- lexical-binding: t -*-
;; Runs jixiao-language-server --stdio on the file named by $JIXIAO_FILE through eglot, waits (polling every
;; 50 ms, capped at 20 s) until flymake's diagnostics have arrived and stopped changing for a second, writes them
;; as JSON to $JIXIAO_OUT and exits; exit status 1 on timeout.
(require 'eglot)
(require 'json)
(require 'flymake)

(define-derived-mode jixiao-mode text-mode "jixiao" "Chinese performance self-evaluation reports.")
(setq eglot-server-programs `((jixiao-mode . ("node" ,(getenv "JIXIAO_SERVER") "--stdio"))))
(setq eglot-sync-connect t eglot-autoreconnect nil)

(defun jixiao--fail (msg)
  (message "jixiao emacs: %s" msg)
  (kill-emacs 1))

(find-file (getenv "JIXIAO_FILE"))
(jixiao-mode)
(condition-case err
    (apply #'eglot (eglot--guess-contact))
  (error (jixiao--fail (format "eglot did not start: %S" err))))
(flymake-mode 1)
(flymake-start)

(defun jixiao--snapshot ()
  (mapcar (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
              (save-excursion
                (goto-char beg)
                `((line . ,(1- (line-number-at-pos beg)))
                  (character . ,(- beg (line-beginning-position)))
                  (length . ,(- end beg))
                  (type . ,(symbol-name (flymake-diagnostic-type d)))
                  (text . ,(flymake-diagnostic-text d))))))
          (flymake-diagnostics)))

(let ((deadline (+ (float-time) 20)) (last nil) (since (float-time)) (done nil))
  (while (not done)
    (accept-process-output nil 0.05)
    (let ((now (jixiao--snapshot)))
      (unless (equal now last) (setq last now since (float-time)))
      (cond ((and last (>= (- (float-time) since) 1.0)) (setq done t))
            ((> (float-time) deadline) (jixiao--fail "no diagnostics within 20 s")))))
  (with-temp-file (getenv "JIXIAO_OUT")
    (insert (json-encode (vconcat last)))))
(let ((server (eglot-current-server))) (when server (ignore-errors (eglot-shutdown server))))
(kill-emacs 0)
